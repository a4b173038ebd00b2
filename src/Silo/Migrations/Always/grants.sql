-- Re-applied on every start so that a renamed runtime role still gets exactly these rights.
GRANT USAGE ON SCHEMA public TO "$runtime_role$";
GRANT SELECT ON orleansquery TO "$runtime_role$";
GRANT SELECT, INSERT, UPDATE, DELETE
    ON orleansstorage, orleansreminders, orleansmembershipversion, orleansmembership
    TO "$runtime_role$";
REVOKE UPDATE, DELETE, TRUNCATE ON history FROM "$runtime_role$";
GRANT SELECT, INSERT ON history TO "$runtime_role$";
REVOKE UPDATE, DELETE, TRUNCATE ON security_log FROM "$runtime_role$";
GRANT SELECT, INSERT ON security_log, notifications TO "$runtime_role$";
GRANT SELECT, INSERT, UPDATE ON customer_list TO "$runtime_role$";
GRANT SELECT, INSERT, UPDATE ON note_list TO "$runtime_role$";
GRANT SELECT, INSERT, UPDATE ON message_list TO "$runtime_role$";
GRANT SELECT, INSERT, UPDATE ON invoice_list TO "$runtime_role$";
GRANT SELECT, INSERT, UPDATE ON recurring_invoice_list TO "$runtime_role$";
GRANT SELECT, INSERT, UPDATE ON campaign_list TO "$runtime_role$";
GRANT SELECT, INSERT, UPDATE ON payment_list TO "$runtime_role$";
GRANT SELECT, INSERT, UPDATE ON notification_read_marks TO "$runtime_role$";
GRANT SELECT, INSERT, UPDATE ON appointment_list TO "$runtime_role$";
-- Technician scheduling, company day (issue 17): the technicians read model.
GRANT SELECT, INSERT, UPDATE ON technician_list TO "$runtime_role$";

-- Files on customers (issue 18): the gateway writes and reads file bytes, the silo deletes them.
GRANT SELECT, INSERT, UPDATE, DELETE ON file_blobs, file_chunks TO "$runtime_role$";

-- Cluster identity (issue 22, point 2): silos and gateways read the installation id; nobody changes it.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON installation FROM "$runtime_role$";
GRANT SELECT ON installation TO "$runtime_role$";
