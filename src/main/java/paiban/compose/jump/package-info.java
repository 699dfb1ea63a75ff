/**
 * Jump lines (转版): {@link paiban.compose.jump.JumpLine}s are reserved by the
 * flow, registered in a {@link paiban.compose.jump.JumpTracker} and given
 * their words — （下转第三版）, （上接A1版） — by the
 * {@link paiban.compose.jump.JumpResolver} once the page order is final.
 */
package paiban.compose.jump;
