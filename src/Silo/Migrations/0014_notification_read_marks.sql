-- How far each user has read their inbox, kept on the server so that every browser of the user shows the same unread
-- count. One row per user; read_up_to is a notifications.seq of that user's inbox and only ever grows.
CREATE TABLE notification_read_marks
(
    tenant_id  text   NOT NULL,
    user_id    text   NOT NULL,
    read_up_to bigint NOT NULL,
    PRIMARY KEY (tenant_id, user_id)
);
