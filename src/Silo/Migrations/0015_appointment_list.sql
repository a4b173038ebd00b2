-- Appointments read model (issue 17): a customer's appointments, a technician's day and week.
-- A row holds the appointment's current times and technicians; the calendars (grain state) own the bookings.
CREATE TABLE appointment_list
(
    tenant_id      text        NOT NULL,
    appointment_id bigint      NOT NULL,
    version        integer     NOT NULL,
    customer_id    bigint      NOT NULL,
    customer_name  text        NOT NULL,
    type           text        NOT NULL,
    start_at       timestamptz NOT NULL,
    end_at         timestamptz NOT NULL,
    arrival_window boolean     NOT NULL,
    technician_ids text[]      NOT NULL,
    status         text        NOT NULL,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, appointment_id)
);

CREATE INDEX ix_appointment_list_customer ON appointment_list (tenant_id, customer_id, start_at DESC);
CREATE INDEX ix_appointment_list_start ON appointment_list (tenant_id, start_at);
CREATE INDEX ix_appointment_list_technicians ON appointment_list USING gin (technician_ids);
