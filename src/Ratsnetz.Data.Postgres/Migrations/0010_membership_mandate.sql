-- 0010 Bodies and members (issue 5): whether an Integrationsrat seat is directly elected or council-appointed
-- (§ 27 GO NRW), so the composition can be checked; from the diff of './ratsnetz db script' against 0001-0009.
ALTER TABLE memberships ADD mandate integer;
