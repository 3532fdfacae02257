// Parses every Cypher statement the Neo4j store can send with Neo4j's own parser (@neo4j-cypher/language-support).
// Input (standard input): the JSON of `graph cypher --list --json`. Each statement is linted with exactly the parameters it
// declares, so an undeclared parameter is an error too; a declared one the text never uses is reported as well.
// Prints one line per problem and "N statements parsed, M problems"; exits 1 when there is any problem.
import { lintCypherQuery } from '@neo4j-cypher/language-support';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const statements = JSON.parse(input);
let problems = 0;
for (const s of statements) {
  const parameters = Object.fromEntries(s.parameters.map(p => [p, null]));
  const { diagnostics } = lintCypherQuery(s.text, { parameters });
  for (const d of diagnostics) {
    problems++;
    const at = d.offsets ? ` at ${d.offsets.start}: «${s.text.slice(d.offsets.start, d.offsets.end)}»` : '';
    console.log(`${s.name}${at}: ${d.message}`);
  }
  for (const p of s.parameters) {
    if (!new RegExp(`\\$${p}\\b`).test(s.text)) {
      problems++;
      console.log(`${s.name}: declares $${p} but never uses it`);
    }
  }
}
console.log(`${statements.length} statements parsed, ${problems} problems`);
process.exit(problems === 0 ? 0 : 1);
