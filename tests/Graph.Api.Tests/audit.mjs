// Runs the graphql-http audit suite against a running server and prints one JSON summary line.
// usage: node audit.mjs http://127.0.0.1:PORT/graphql
import { auditServer } from 'graphql-http';

const url = process.argv[2];
const results = await auditServer({ url });
let errors = 0, warnings = 0;
for (const r of results) {
  if (r.status === 'error') { errors++; console.log(`error: ${r.name}: ${r.reason}`); }
  else if (r.status === 'warn') { warnings++; console.log(`warn: ${r.name}: ${r.reason}`); }
}
console.log(JSON.stringify({ total: results.length, errors, warnings }));
