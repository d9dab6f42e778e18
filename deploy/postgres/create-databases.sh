#!/bin/sh
# Runs once, when the PostgreSQL volume is first initialised: one database per subgraph, one owner.
# In production each partner runs its own server; this file only serves the single-server compose setup.
set -eu
for name in contracts structures beneficiaries directory trainings; do
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -c "CREATE DATABASE maillage_${name} OWNER \"$POSTGRES_USER\""
done
