-- Issue 17 (technician scheduling) and issue 21 point 5 (recurring invoices): one-off data fixes for this release.
-- Grain state is the System.Text.Json storage serializer's UTF-8 JSON (member names as in the state classes).

-- The company's day carries each technician's working hours, so the board's hours come from them.
ALTER TABLE technician_list ADD COLUMN IF NOT EXISTS working_hours jsonb NOT NULL DEFAULT '[]';

-- Technicians made before technician_list (0018) have no row, and rows made since have no hours: re-project every
-- stored technician (key "{tenant}/technician-{userId}") from its state. The newest state wins when several service
-- ids hold one, and a row the grain wrote with a later version is kept, so running this again changes nothing.
INSERT INTO technician_list (tenant_id, user_id, version, name, working_hours)
SELECT DISTINCT ON (tenant_id, user_id) tenant_id, user_id, version, name, working_hours
FROM (
    SELECT split_part(s.grainidextensionstring, '/', 1) AS tenant_id,
           substr(split_part(s.grainidextensionstring, '/', 2), length('technician-') + 1) AS user_id,
           (p.state ->> 'Version')::integer AS version,
           COALESCE(p.state ->> 'Name', '') AS name,
           COALESCE(p.state -> 'WorkingHours', '[]'::jsonb) AS working_hours,
           s.modifiedon
    FROM orleansstorage s
    CROSS JOIN LATERAL (SELECT convert_from(s.payloadbinary, 'UTF8')::jsonb AS state) p
    WHERE s.graintypestring = 'technician'
      AND s.payloadbinary IS NOT NULL
      AND s.grainidextensionstring LIKE '%/technician-%'
      AND (p.state ->> 'Exists')::boolean
) stored
ORDER BY tenant_id, user_id, version DESC, modifiedon DESC
ON CONFLICT (tenant_id, user_id) DO UPDATE
    SET version = excluded.version, name = excluded.name, working_hours = excluded.working_hours
    WHERE technician_list.version <= excluded.version;

-- The built-in Sales role never held recurring_invoices.*: give it each recurring grant whose invoice grant it holds
-- (invoices.view → recurring_invoices.view, …), grants kept in ordinal order as the directory keeps them. The role's
-- version moves (its ETag), and so does the storage row's, so an activation holding the old state cannot write over it.
WITH sales AS (
    SELECT s.ctid AS row_id, p.state,
           ARRAY(
               SELECT g FROM (
                   SELECT jsonb_array_elements_text(p.state -> 'Roles' -> 'sales' -> 'Grants') AS g
                   UNION
                   SELECT 'recurring_invoices.' || action
                   FROM unnest(ARRAY['view', 'create', 'modify', 'delete']) AS action
                   WHERE p.state -> 'Roles' -> 'sales' -> 'Grants' ? ('invoices.' || action)
               ) granted
               ORDER BY g COLLATE "C") AS grants
    FROM orleansstorage s
    CROSS JOIN LATERAL (SELECT convert_from(s.payloadbinary, 'UTF8')::jsonb AS state) p
    WHERE s.graintypestring = 'userDirectory'
      AND s.payloadbinary IS NOT NULL
      AND (p.state -> 'Roles' -> 'sales' ->> 'BuiltIn')::boolean
),
changed AS (
    SELECT row_id,
           jsonb_set(
               jsonb_set(state, '{Roles,sales,Grants}', to_jsonb(grants)),
               '{Roles,sales,Version}', to_jsonb((state -> 'Roles' -> 'sales' ->> 'Version')::integer + 1)) AS state
    FROM sales
    WHERE cardinality(grants) <> jsonb_array_length(state -> 'Roles' -> 'sales' -> 'Grants')
)
UPDATE orleansstorage s
SET payloadbinary = convert_to(changed.state::text, 'UTF8'), version = s.version + 1, modifiedon = now()
FROM changed
WHERE s.ctid = changed.row_id;
