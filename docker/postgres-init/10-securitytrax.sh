#!/usr/bin/env bash
# Run by the postgres image on the FIRST start of an empty data volume
# (files in /docker-entrypoint-initdb.d). Creates the SecurityTrax roles and database:
#   securitytrax_owner  owns the database; the silo uses it to run migrations (DDL)
#   securitytrax_app    runtime role; may connect, gets its table rights from the migrations
# Passwords come from SECURITYTRAX_OWNER_PASSWORD / SECURITYTRAX_APP_PASSWORD.
# Works whether the entrypoint executes or sources this file (no `set`, no `exit`).

psql --no-psqlrc -v ON_ERROR_STOP=1 \
    --username "${POSTGRES_USER:-postgres}" --dbname postgres \
    -v owner_pw="${SECURITYTRAX_OWNER_PASSWORD:-securitytrax-owner-dev}" \
    -v app_pw="${SECURITYTRAX_APP_PASSWORD:-securitytrax-app-dev}" <<'SQL'
CREATE ROLE securitytrax_owner LOGIN PASSWORD :'owner_pw';
CREATE ROLE securitytrax_app LOGIN PASSWORD :'app_pw';
CREATE DATABASE securitytrax OWNER securitytrax_owner;
GRANT CONNECT ON DATABASE securitytrax TO securitytrax_app;
SQL
