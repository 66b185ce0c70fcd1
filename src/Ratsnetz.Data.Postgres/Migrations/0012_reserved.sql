-- Placeholder: this version number is reserved for a branch developed in parallel (issue 5). The migrator requires
-- versions without gaps, so the search branch carries this no-op; it is replaced by that branch's script on merge.
SELECT 1;
