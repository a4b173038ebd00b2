-- The query texts the Orleans ADO.NET providers run, by key. Re-published on every start; silos and
-- clients cache them, so restart both after a change. Parameters are bound by name (@Name).
INSERT INTO orleansquery (querykey, querytext) VALUES

-- Grain storage. A row is matched on its full key; NULL extension matches NULL.
('ReadFromStorageKey', '
SELECT payloadbinary AS "PayloadBinary", version AS "Version"
FROM orleansstorage
WHERE serviceid = @ServiceId AND grainidhash = @GrainIdHash AND graintypehash = @GrainTypeHash
  AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1 AND graintypestring = @GrainTypeString
  AND grainidextensionstring IS NOT DISTINCT FROM @GrainIdExtensionString'),

-- With a version: compare-and-swap. Without one: insert only if no row exists for the key, so
-- concurrent first writes cannot both win. No row back means a conflict.
('WriteToStorageKey', '
WITH updated AS (
    UPDATE orleansstorage
    SET payloadbinary = @PayloadBinary, version = version + 1, modifiedon = now()
    WHERE @GrainStateVersion IS NOT NULL AND version = @GrainStateVersion
      AND serviceid = @ServiceId AND grainidhash = @GrainIdHash AND graintypehash = @GrainTypeHash
      AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1 AND graintypestring = @GrainTypeString
      AND grainidextensionstring IS NOT DISTINCT FROM @GrainIdExtensionString
    RETURNING version
), inserted AS (
    INSERT INTO orleansstorage (serviceid, graintypestring, graintypehash, grainidn0, grainidn1,
                                grainidextensionstring, grainidhash, payloadbinary, version)
    SELECT @ServiceId, @GrainTypeString, @GrainTypeHash, @GrainIdN0, @GrainIdN1,
           @GrainIdExtensionString, @GrainIdHash, @PayloadBinary, 1
    WHERE @GrainStateVersion IS NULL
    ON CONFLICT DO NOTHING
    RETURNING version
)
SELECT version AS "NewGrainStateVersion" FROM updated
UNION ALL
SELECT version FROM inserted'),

-- Clear keeps the row with a NULL payload and a bumped version.
('ClearStorageKey', '
UPDATE orleansstorage
SET payloadbinary = NULL, version = version + 1, modifiedon = now()
WHERE version = @GrainStateVersion
  AND serviceid = @ServiceId AND grainidhash = @GrainIdHash AND graintypehash = @GrainTypeHash
  AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1 AND graintypestring = @GrainTypeString
  AND grainidextensionstring IS NOT DISTINCT FROM @GrainIdExtensionString
RETURNING version'),

-- Delete answers a value different from the version sent, which the provider reads as success.
('DeleteStorageKey', '
DELETE FROM orleansstorage
WHERE version = @GrainStateVersion
  AND serviceid = @ServiceId AND grainidhash = @GrainIdHash AND graintypehash = @GrainTypeHash
  AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1 AND graintypestring = @GrainTypeString
  AND grainidextensionstring IS NOT DISTINCT FROM @GrainIdExtensionString
RETURNING version + 1'),

-- Reminders. GrainHash and the range bounds are signed int32 reinterpretations of the ring hash;
-- the provider picks Rows1 or Rows2 so that signed comparisons give the unsigned ring range.
('UpsertReminderRowKey', '
INSERT INTO orleansreminders (serviceid, grainid, remindername, starttime, period, grainhash, version)
VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
ON CONFLICT (serviceid, grainid, remindername) DO UPDATE
SET starttime = excluded.starttime, period = excluded.period, grainhash = excluded.grainhash,
    version = orleansreminders.version + 1
RETURNING version AS "Version"'),

('ReadReminderRowKey', '
SELECT grainid AS "GrainId", remindername AS "ReminderName", starttime AS "StartTime",
       period AS "Period", version AS "Version"
FROM orleansreminders
WHERE serviceid = @ServiceId AND grainid = @GrainId AND remindername = @ReminderName'),

('ReadReminderRowsKey', '
SELECT grainid AS "GrainId", remindername AS "ReminderName", starttime AS "StartTime",
       period AS "Period", version AS "Version"
FROM orleansreminders
WHERE serviceid = @ServiceId AND grainid = @GrainId'),

('ReadRangeRows1Key', '
SELECT grainid AS "GrainId", remindername AS "ReminderName", starttime AS "StartTime",
       period AS "Period", version AS "Version"
FROM orleansreminders
WHERE serviceid = @ServiceId AND grainhash > @BeginHash AND grainhash <= @EndHash'),

('ReadRangeRows2Key', '
SELECT grainid AS "GrainId", remindername AS "ReminderName", starttime AS "StartTime",
       period AS "Period", version AS "Version"
FROM orleansreminders
WHERE serviceid = @ServiceId AND (grainhash > @BeginHash OR grainhash <= @EndHash)'),

('DeleteReminderRowKey', '
WITH deleted AS (
    DELETE FROM orleansreminders
    WHERE serviceid = @ServiceId AND grainid = @GrainId AND remindername = @ReminderName
      AND version = @Version
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM deleted)'),

('DeleteReminderRowsKey', '
DELETE FROM orleansreminders WHERE serviceid = @ServiceId'),

-- Clustering. DeploymentId is the ClusterId. Every membership write is all-or-nothing and guarded by
-- the version row, whose row lock serialises concurrent writers.
('InsertMembershipVersionKey', '
WITH created AS (
    INSERT INTO orleansmembershipversion (deploymentid, version) VALUES (@DeploymentId, 0)
    ON CONFLICT (deploymentid) DO NOTHING
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM created)'),

('MembershipReadAllKey', '
SELECT v.deploymentid AS "DeploymentId", m.address AS "Address", m.port AS "Port",
       m.generation AS "Generation", m.siloname AS "SiloName", m.hostname AS "HostName",
       m.status AS "Status", m.proxyport AS "ProxyPort", m.suspecttimes AS "SuspectTimes",
       m.starttime AS "StartTime", m.iamalivetime AS "IAmAliveTime", v.version AS "Version"
FROM orleansmembershipversion v
LEFT JOIN orleansmembership m ON m.deploymentid = v.deploymentid
WHERE v.deploymentid = @DeploymentId'),

('MembershipReadRowKey', '
SELECT v.deploymentid AS "DeploymentId", m.address AS "Address", m.port AS "Port",
       m.generation AS "Generation", m.siloname AS "SiloName", m.hostname AS "HostName",
       m.status AS "Status", m.proxyport AS "ProxyPort", m.suspecttimes AS "SuspectTimes",
       m.starttime AS "StartTime", m.iamalivetime AS "IAmAliveTime", v.version AS "Version"
FROM orleansmembershipversion v
LEFT JOIN orleansmembership m ON m.deploymentid = v.deploymentid
    AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
WHERE v.deploymentid = @DeploymentId'),

('InsertMembershipKey', '
WITH bumped AS (
    UPDATE orleansmembershipversion
    SET version = version + 1, modifiedon = now()
    WHERE deploymentid = @DeploymentId AND version = @Version
      AND NOT EXISTS (SELECT 1 FROM orleansmembership
                      WHERE deploymentid = @DeploymentId AND address = @Address
                        AND port = @Port AND generation = @Generation)
    RETURNING deploymentid
), inserted AS (
    INSERT INTO orleansmembership (deploymentid, address, port, generation, siloname, hostname,
                                   status, proxyport, suspecttimes, starttime, iamalivetime)
    SELECT deploymentid, @Address, @Port, @Generation, @SiloName, @HostName,
           @Status, @ProxyPort, NULL, @StartTime, @IAmAliveTime
    FROM bumped
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM inserted)'),

('UpdateMembershipKey', '
WITH bumped AS (
    UPDATE orleansmembershipversion
    SET version = version + 1, modifiedon = now()
    WHERE deploymentid = @DeploymentId AND version = @Version
      AND EXISTS (SELECT 1 FROM orleansmembership
                  WHERE deploymentid = @DeploymentId AND address = @Address
                    AND port = @Port AND generation = @Generation)
    RETURNING deploymentid
), updated AS (
    UPDATE orleansmembership m
    SET status = @Status, suspecttimes = @SuspectTimes, iamalivetime = @IAmAliveTime
    FROM bumped
    WHERE m.deploymentid = bumped.deploymentid AND m.address = @Address
      AND m.port = @Port AND m.generation = @Generation
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM updated)'),

('UpdateIAmAlivetimeKey', '
UPDATE orleansmembership
SET iamalivetime = @IAmAliveTime
WHERE deploymentid = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation'),

('GatewaysQueryKey', '
SELECT address AS "Address", proxyport AS "ProxyPort", generation AS "Generation"
FROM orleansmembership
WHERE deploymentid = @DeploymentId AND status = @Status AND proxyport > 0'),

('DeleteMembershipTableEntriesKey', '
DELETE FROM orleansmembership WHERE deploymentid = @DeploymentId;
DELETE FROM orleansmembershipversion WHERE deploymentid = @DeploymentId'),

-- Only Dead (6) rows whose every recorded time is older than the cutoff; the version is untouched.
('CleanupDefunctSiloEntriesKey', '
DELETE FROM orleansmembership
WHERE deploymentid = @DeploymentId AND status = 6
  AND iamalivetime < @IAmAliveTime AND starttime < @IAmAliveTime
  AND COALESCE(suspecttimes, '''') = '''''),

-- Per-row compare-and-delete of a Dead row exactly as it was read.
('CleanupDefunctSiloEntryKey', '
DELETE FROM orleansmembership
WHERE deploymentid = @DeploymentId AND address = @Address AND port = @Port
  AND generation = @Generation AND status = 6
  AND starttime = @StartTime AND iamalivetime = @IAmAliveTime
  AND COALESCE(suspecttimes, '''') = COALESCE(@SuspectTimes, '''')')

ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;
