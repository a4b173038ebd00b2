-- Technicians read model (issue 17): who the company's day lists, one row per technician, even with nothing booked.
CREATE TABLE technician_list
(
    tenant_id  text    NOT NULL,
    user_id    text    NOT NULL,
    version    integer NOT NULL,
    name       text    NOT NULL,
    PRIMARY KEY (tenant_id, user_id)
);
