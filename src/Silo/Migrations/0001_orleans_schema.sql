-- Tables behind the Orleans ADO.NET providers (grain storage, reminders, clustering).
-- Written for the 10.4.2 providers; the query texts they run live in Always/orleans_queries.sql.
-- Names are unquoted (stored lower-case) because the providers look the query table up unquoted.

CREATE TABLE orleansquery
(
    querykey  text NOT NULL PRIMARY KEY,
    querytext text NOT NULL
);

-- One row per (service, state name, grain key). The grain class is not part of the identity.
CREATE TABLE orleansstorage
(
    serviceid              text        NOT NULL,
    graintypestring        text        NOT NULL,
    graintypehash          integer     NOT NULL,
    grainidn0              bigint      NOT NULL,
    grainidn1              bigint      NOT NULL,
    grainidextensionstring text        NULL,
    grainidhash            integer     NOT NULL,
    payloadbinary          bytea       NULL,
    version                integer     NOT NULL,
    modifiedon             timestamptz NOT NULL DEFAULT now()
);

-- At most one row per full key; the extension is hashed so long string keys stay under the btree
-- entry limit, and NULL is kept distinct from the empty string.
CREATE UNIQUE INDEX ux_orleansstorage_key ON orleansstorage
    (serviceid, grainidhash, graintypehash, grainidn0, grainidn1, graintypestring,
     md5(COALESCE('k:' || grainidextensionstring, 'null')));

CREATE TABLE orleansreminders
(
    serviceid    text        NOT NULL,
    grainid      text        NOT NULL,
    remindername text        NOT NULL,
    starttime    timestamptz NOT NULL,
    period       bigint      NOT NULL,
    grainhash    integer     NOT NULL,
    version      integer     NOT NULL,
    PRIMARY KEY (serviceid, grainid, remindername)
);

CREATE INDEX ix_orleansreminders_hash ON orleansreminders (serviceid, grainhash);

CREATE TABLE orleansmembershipversion
(
    deploymentid text        NOT NULL PRIMARY KEY,
    version      integer     NOT NULL,
    modifiedon   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE orleansmembership
(
    deploymentid text        NOT NULL REFERENCES orleansmembershipversion (deploymentid),
    address      text        NOT NULL,
    port         integer     NOT NULL,
    generation   integer     NOT NULL,
    siloname     text        NOT NULL,
    hostname     text        NOT NULL,
    status       integer     NOT NULL,
    proxyport    integer     NOT NULL,
    suspecttimes text        NULL,
    starttime    timestamptz NOT NULL,
    iamalivetime timestamptz NOT NULL,
    PRIMARY KEY (deploymentid, address, port, generation)
);
