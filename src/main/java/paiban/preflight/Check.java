package paiban.preflight;

import java.util.List;

/** One preflight rule over the edition and its layout. */
interface Check {
    void run(PreflightContext ctx, List<Finding> out);
}
