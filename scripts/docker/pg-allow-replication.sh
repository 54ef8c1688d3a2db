#!/bin/sh
# Runs once when the docker-compose primary is initialised (/docker-entrypoint-initdb.d): lets the `db-replica`
# service of the "analytics" profile stream from it (docs/analytics.md "Read replica").
set -e
echo "host replication all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
