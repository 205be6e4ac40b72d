/**
 * The Cypher guard: every Cypher statement lives in queries.ts and is parameterised. The files
 * it checks are found, not listed: every module under server/ that imports neo4j-driver or
 * hands a statement to a session or transaction (`.run(`, `.runSchema(`, `.executeQuery(`),
 * so a new file that talks to Neo4j is checked the day it is written.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SERVER = path.join(import.meta.dirname, '..');
const QUERIES = 'neo4j/queries.ts';
/** The driver's wrapper: it runs the statements it is handed, so its arguments are parameters. */
const FORWARDER = 'neo4j/run.ts';

const RUNS_A_STATEMENT = /\.(run|runSchema|executeQuery)\(/;
const IMPORTS_DRIVER = /from\s+'neo4j-driver'/;
/** Cypher as it is written: a clause in capitals, or a pattern in any case (Cypher's keywords are not case sensitive). */
const CYPHER = [
  /\b(MATCH|MERGE|CREATE|UNWIND|DETACH DELETE|RETURN|CALL \{|LOAD CSV|FOREACH)\b/,
  /\b(match|merge|create)\s*\(|\bunwind\s+\$|\bdetach\s+delete\b|\bload\s+csv\b/i,
];

const modules = (readdirSync(SERVER, { recursive: true }) as string[])
  .map((file) => file.split(path.sep).join('/'))
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.d.ts') && file !== QUERIES)
  .sort();
const source = (file: string): string => readFileSync(path.join(SERVER, file), 'utf8');
const talkingToNeo4j = modules.filter((file) => IMPORTS_DRIVER.test(source(file)) || RUNS_A_STATEMENT.test(source(file)));

function syntaxTree(file: string): ts.SourceFile {
  return ts.createSourceFile(file, source(file), ts.ScriptTarget.Latest, true);
}

function nodesOf(tree: ts.SourceFile): ts.Node[] {
  const nodes: ts.Node[] = [];
  const visit = (node: ts.Node): void => {
    nodes.push(node);
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return nodes;
}

/** The local names queries.ts is imported under: `* as Q` and named imports alike. */
function queryNames(tree: ts.SourceFile): { namespaces: Set<string>; statements: Set<string> } {
  const namespaces = new Set<string>();
  const statements = new Set<string>();
  for (const statement of tree.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (!/(^|\/)queries$/.test(statement.moduleSpecifier.text)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (bindings !== undefined && ts.isNamespaceImport(bindings)) namespaces.add(bindings.name.text);
    if (bindings !== undefined && ts.isNamedImports(bindings)) for (const element of bindings.elements) statements.add(element.name.text);
  }
  return { namespaces, statements };
}

/** The `const` of this name in the file, if there is exactly one: what it was set to. */
function constantValue(tree: ts.SourceFile, name: string): ts.Expression | undefined {
  const found = nodesOf(tree).filter(
    (node): node is ts.VariableDeclaration =>
      ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === name && (node.parent.flags & ts.NodeFlags.Const) !== 0,
  );
  return found.length === 1 ? found[0]?.initializer : undefined;
}

/** Whether a statement argument can only be a statement of queries.ts (through a conditional or a const). */
function isQueryStatement(tree: ts.SourceFile, expression: ts.Expression, forwards: boolean): boolean {
  const names = queryNames(tree);
  const check = (node: ts.Expression): boolean => {
    if (ts.isParenthesizedExpression(node)) return check(node.expression);
    if (ts.isConditionalExpression(node)) return check(node.whenTrue) && check(node.whenFalse);
    if (ts.isPropertyAccessExpression(node)) return ts.isIdentifier(node.expression) && names.namespaces.has(node.expression.text);
    if (!ts.isIdentifier(node)) return false;
    if (names.statements.has(node.text)) return true;
    const value = constantValue(tree, node.text);
    return value !== undefined ? check(value) : forwards;
  };
  return check(expression);
}

/** `file:line what` for each statement argument that does not come from queries.ts. */
function statementsNotFromQueries(file: string): string[] {
  const tree = syntaxTree(file);
  return nodesOf(tree)
    .filter((node): node is ts.CallExpression => ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && RUNS_A_STATEMENT.test(`.${node.expression.name.text}(`))
    .filter((call) => {
      const [statement] = call.arguments;
      return statement === undefined || !isQueryStatement(tree, statement, file === FORWARDER);
    })
    .map((call) => `${file}:${String(tree.getLineAndCharacterOfPosition(call.getStart()).line + 1)} ${call.getText()}`);
}

/** `file:line text` for each string or template in the file that reads as Cypher. */
function cypherOutsideQueries(file: string): string[] {
  const tree = syntaxTree(file);
  return nodesOf(tree)
    .filter((node) => ts.isStringLiteralLike(node) || ts.isTemplateExpression(node))
    .filter((node) => CYPHER.some((pattern) => pattern.test(node.getText())))
    .map((node) => `${file}:${String(tree.getLineAndCharacterOfPosition(node.getStart()).line + 1)} ${node.getText()}`);
}

describe('the Cypher guard', () => {
  it('queries.ts never builds Cypher from text: no template interpolation at all', () => {
    expect(source(QUERIES)).not.toContain('${');
  });

  it('finds the modules that talk to Neo4j by what they do, the store and its helpers included', () => {
    expect(talkingToNeo4j).toEqual(expect.arrayContaining(['neo4j/audit.ts', 'neo4j/erasure.ts', 'neo4j/network-store.ts', 'neo4j/records.ts', 'neo4j/run.ts', 'neo4j/token-store.ts', 'neo4j/undo.ts']));
  });

  it('finds no Cypher in any of them: queries.ts is the only module that holds it', () => {
    expect(talkingToNeo4j.flatMap(cypherOutsideQueries)).toEqual([]);
  });

  it('finds every statement they hand to Neo4j to be one of queries.ts', () => {
    expect(talkingToNeo4j.flatMap(statementsNotFromQueries)).toEqual([]);
  });
});
