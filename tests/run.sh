#!/usr/bin/env bash
# README's test command: every test project, then the web tests again against a PostgreSQL store (the API and the
# pages must work the same on both stores). Needs PostgreSQL on 127.0.0.1:5432 with a role dateline/dateline that may
# create databases, and nats-server on the PATH or in /usr/sbin (`.ci/run` installs and starts both); tests that need
# them fail and say so when they are missing. Set DATELINE_TEST_POSTGRES to use another server.
set -uo pipefail
cd "$(dirname "$0")/.."
pg="${DATELINE_TEST_POSTGRES:-postgres://dateline:dateline@127.0.0.1:5432/postgres}"
dotnet test Dateline.slnx
rc=$?
echo "tests/run.sh: the web tests against PostgreSQL ($(echo "$pg" | sed -E 's#://([^:@/]*):[^@]*@#://\1:***@#'))"
DATELINE_TEST_STORE="$pg" dotnet test tests/Dateline.Web.Tests
rc2=$?
[ $rc -ne 0 ] && exit $rc
exit $rc2
