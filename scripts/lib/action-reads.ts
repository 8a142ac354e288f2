import ts from 'typescript';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Words that name a change. A dependency member whose camelCase words include one of them is taken
 * to write (`insertMeasurement`, `findOrCreate`, `withLock`, a job port's `reminder`); reads are
 * named after what they return (`get`, `ofCaregiver`, `measurements`, `addresses`).
 */
export const WRITE_WORDS: ReadonlySet<string> = new Set([
  'insert', 'update', 'save', 'delete', 'record', 'create', 'upsert', 'push', 'set', 'remove', 'erase',
  'replace', 'add', 'put', 'mark', 'enqueue', 'schedule', 'cancel', 'close', 'keep', 'change', 'supersede',
  'correct', 'reassess', 'finish', 'end', 'move', 'forget', 'accept', 'publish', 'notify', 'write', 'append',
  'clear', 'reset', 'acquire', 'release', 'lock', 'send', 'deliver', 'start', 'note', 'reminder', 'event',
  'deadline', 'admit', 'import', 'apply', 'sign', 'grant', 'revoke', 'store',
]);

/** One member of an action builder's dependencies that can write, e.g. `deps.children.insert`. */
export interface WritingDependency {
  file: string;
  builder: string;
  path: string;
}

/** The camelCase words of a member name: `findOrCreate` → find, or, create. */
export function nameWords(name: string): string[] {
  return name.split(/(?=[A-Z])|_/).map((w) => w.toLowerCase()).filter(Boolean);
}

export function writesByName(name: string): boolean {
  return nameWords(name).some((w) => WRITE_WORDS.has(w));
}

/** A program over the project's tsconfig, or over the given root files with its options (a fixture). */
export function actionProgram(rootFiles?: readonly string[], tsconfig = 'tsconfig.json'): ts.Program {
  const read = ts.readConfigFile(tsconfig, (path) => ts.sys.readFile(path));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, resolve('.'));
  return ts.createProgram({ rootNames: rootFiles ? rootFiles.map((f) => resolve(f)) : parsed.fileNames, options: { ...parsed.options, noEmit: true } });
}

/** Every `.ts` file under a folder. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** What a check found: the builders it inspected (so a check that found none is seen) and what writes. */
export interface ActionReadsReport {
  builders: string[];
  writing: WritingDependency[];
}

/**
 * Finds every action builder (an exported function returning `DeclaredAction[]`: the builders of
 * `src/app/actions` and wrappers such as `withStaffAccessLog`) in `files`, and every member of its
 * dependencies, to a few levels deep, that can write. Actions only read: each builder's dependencies
 * should be query views (`ChildReads`, `GrowthReads`, `Pick<ContactStore, 'get'>`), never a store,
 * job port, lock or log with a write method; a change is an effect the commit applies.
 *
 * @example
 * findWritingDependencies(actionProgram(), filesUnder('src/app')).writing; // [] when no action can write
 */
export function findWritingDependencies(program: ts.Program, files: readonly string[]): ActionReadsReport {
  const checker = program.getTypeChecker();
  const found: WritingDependency[] = [];
  const builders: string[] = [];
  for (const file of files) {
    const source = program.getSourceFile(resolve(file));
    if (!source) throw new Error(`${file} is not in the program: add it to the root files`);
    for (const statement of source.statements) {
      if (!ts.isFunctionDeclaration(statement) || !statement.name || !isExported(statement)) continue;
      const signature = checker.getSignatureFromDeclaration(statement);
      if (!signature || !returnsDeclaredActions(checker, signature)) continue;
      builders.push(statement.name.text);
      for (const parameter of signature.getParameters()) {
        const type = checker.getTypeOfSymbolAtLocation(parameter, statement);
        if (checker.isArrayType(type)) continue; // the actions a wrapper is given, not a dependency
        for (const path of writingMembers(checker, type, parameter.getName(), 0, new Set())) found.push({ file, builder: statement.name.text, path });
      }
    }
  }
  return { builders, writing: found };
}

function isExported(node: ts.FunctionDeclaration): boolean {
  return (ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Export) !== 0;
}

function returnsDeclaredActions(checker: ts.TypeChecker, signature: ts.Signature): boolean {
  const returned = signature.getReturnType();
  if (!checker.isArrayType(returned)) return false;
  const element = checker.getTypeArguments(returned as ts.TypeReference)[0];
  return element?.getSymbol()?.getName() === 'DeclaredAction' || element?.aliasSymbol?.getName() === 'DeclaredAction';
}

const MAX_DEPTH = 4;

function writingMembers(checker: ts.TypeChecker, type: ts.Type, path: string, depth: number, seen: Set<ts.Type>): string[] {
  if (depth > MAX_DEPTH || seen.has(type) || !(type.flags & ts.TypeFlags.Object || type.isIntersection())) return [];
  seen.add(type);
  const found: string[] = [];
  for (const member of checker.getPropertiesOfType(type)) {
    const declaration = member.valueDeclaration ?? member.declarations?.[0];
    if (!declaration || fromLibrary(declaration)) continue;
    const memberType = checker.getTypeOfSymbolAtLocation(member, declaration);
    const memberPath = `${path}.${member.getName()}`;
    const callable = memberType.getCallSignatures().length > 0;
    if (callable && writesByName(member.getName())) found.push(memberPath);
    else if (!callable) found.push(...writingMembers(checker, memberType, memberPath, depth + 1, seen));
  }
  return found;
}

/** Members declared by TypeScript's own lib or a package (a logger's, a Date's) are not ports. */
function fromLibrary(declaration: ts.Declaration): boolean {
  const file = declaration.getSourceFile().fileName;
  return file.includes('/node_modules/');
}
