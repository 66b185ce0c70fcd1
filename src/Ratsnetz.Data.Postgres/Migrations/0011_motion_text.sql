-- 0011 Motions and statements (issue 5): a paper submitted through Ratsnetz keeps its proposed resolution
-- (Beschlussvorschlag) and its justification (Begründung); from the diff of './ratsnetz db script' against 0001-0010.
ALTER TABLE papers ADD request text;
ALTER TABLE papers ADD justification text;
