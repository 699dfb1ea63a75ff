/**
 * Preflight (SPEC §8): the checks an edition passes before its pages go to the plant,
 * shared by the editor and {@code paiban preflight}. {@link paiban.preflight.Preflight}
 * runs one small {@code Check} per rule over the edition and its composed layout and
 * returns {@link paiban.preflight.Finding}s naming page, frame and story. A finding holds
 * a message key and its arguments; {@link paiban.preflight.FindingTexts} words it in
 * Chinese or English from {@code findings_zh_CN} / {@code findings_en} in this package's
 * resources, so the desk reads it in its own language.
 */
package paiban.preflight;
