// Parses every Cypher statement the Neo4j store can send with Neo4j's own parser (@neo4j-cypher/language-support).
// Input (standard input): the JSON of `graph cypher --list --json`. Each statement is linted with exactly the parameters it
// declares, so an undeclared parameter is an error too; a declared one the text never uses is reported as well.
// The procedures and functions Neo4j 5.26 offers for the calls the store makes (neo4j-signatures.json) are given to the
// linter, so a misspelt procedure or function, a wrong number of arguments or an unknown YIELD column is an error too.
// Prints one line per problem and "N statements parsed, M problems"; exits 1 when there is any problem.
import { readFileSync } from 'node:fs';
import { allCypherVersions, lintCypherQuery } from '@neo4j-cypher/language-support';

const known = JSON.parse(readFileSync(new URL('./neo4j-signatures.json', import.meta.url), 'utf8'));
const describe = ([name, type, dflt]) => ({ name, type, description: '', isDeprecated: false, ...(dflt === undefined ? {} : { default: `DefaultParameterValue{value=${dflt}, type=${type}}` }) });
const signature = (name, args) => `${name}(${args.map(([n, t, d]) => `${n}${d === undefined ? '' : ` = ${d}`} :: ${t}`).join(', ')})`;
const procedures = Object.fromEntries(known.procedures.map(p => [p.name, {
  name: p.name, description: '', mode: p.mode, worksOnSystem: false, admin: false, option: { deprecated: false },
  argumentDescription: p.arguments.map(describe), returnDescription: p.returns.map(describe),
  signature: `${signature(p.name, p.arguments)} :: (${p.returns.map(([n, t]) => `${n} :: ${t}`).join(', ')})`,
}]));
const functions = Object.fromEntries(known.functions.map(f => [f.name, {
  name: f.name, category: '', description: '', isBuiltIn: true, isDeprecated: false, aggregating: f.aggregating === true,
  argumentDescription: f.arguments.map(describe), returnDescription: f.returns, signature: `${signature(f.name, f.arguments)} :: ${f.returns}`,
}]));
const everyVersion = registry => Object.fromEntries(allCypherVersions.map(v => [v, registry]));

let input = '';
for await (const chunk of process.stdin) input += chunk;
const statements = JSON.parse(input);
let problems = 0;
for (const s of statements) {
  const parameters = Object.fromEntries(s.parameters.map(p => [p, null]));
  const { diagnostics } = lintCypherQuery(s.text, { parameters, procedures: everyVersion(procedures), functions: everyVersion(functions) });
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
