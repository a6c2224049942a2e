## Card caveats: what was read from a source's wording rather than derived from a score

caveat-grade-from-opinion = ℹ️ The grade is not stated by the sources; it is read from the opinion's wording they give ({ $year } scale).
caveat-zone-from-grade = ℹ️ The zone is not stated by the sources; it is derived from the grade with the { $year } scale.
