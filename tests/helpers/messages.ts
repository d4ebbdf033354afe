/**
 * Checks shared by the per-domain message tests (tests/unit/<domain>/messages.test.ts): every
 * builder is pinned, codes are well formed and unique, and no source file but the domain's
 * messages.ts writes a code or a Chinese message into an issue. {@link describeMessages} runs them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** `E_…` for errors, `W_…` for warnings. */
export const CODE_PATTERN = /^[EW]_[A-Z0-9_]+$/;

/** Codes that are malformed or appear more than once. */
export function findBadCodes(codes: Record<string, string>): string[] {
  const values = Object.values(codes);
  const malformed = values.filter((c) => !CODE_PATTERN.test(c));
  const repeated = values.filter((c, i) => values.indexOf(c) !== i);
  return [...malformed, ...repeated.map((c) => `${c} (repeated)`)];
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
const ISSUE_BUILDERS = new Set(['issueError', 'issueWarning']);

/**
 * Every `issueError(…)` / `issueWarning(…)` call in `source` that writes its code as a literal, or
 * whose message argument holds a string or template literal with Chinese text (also inside a
 * builder's arguments), directly or through a variable of the same file, as `file:line: call text`.
 */
export function findInlineMessages(source: string, file: string): string[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const declarations = new Map<string, ts.Expression[]>();
  const calls: ts.CallExpression[] = [];
  const collect = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      declarations.set(node.name.text, [...(declarations.get(node.name.text) ?? []), node.initializer]);
    }
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && ISSUE_BUILDERS.has(node.expression.text)) calls.push(node);
    ts.forEachChild(node, collect);
  };
  collect(tree);

  const seen = new Set<string>();
  // A variable is followed to its value when it is the message (or part of it), not when it is an
  // argument of a builder: `MESSAGES.header(RELEASE_HEADER, …)` passes data, not wording.
  const holdsChinese = (node: ts.Node, follow = true): boolean => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) return CJK.test(node.text);
    if (ts.isIdentifier(node)) {
      if (!follow || seen.has(node.text)) return false;
      seen.add(node.text);
      return (declarations.get(node.text) ?? []).some((value) => holdsChinese(value));
    }
    const inner = follow && !ts.isCallExpression(node);
    return ts.forEachChild(node, (child) => (holdsChinese(child, inner) ? true : undefined)) ?? false;
  };
  return calls.flatMap((call) => {
    seen.clear();
    const [, , , code, message] = call.arguments;
    const inlineCode = code !== undefined && ts.isStringLiteralLike(code);
    if (!inlineCode && !(message && holdsChinese(message))) return [];
    const { line } = tree.getLineAndCharacterOfPosition(call.getStart());
    return [`${file}:${line + 1}: ${call.getText().replace(/\s+/g, ' ')}`];
  });
}

/** {@link findInlineMessages} over every `.ts` file of `dir` (recursively) except its messages.ts. */
export function scanForInlineMessages(dir: string): string[] {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && f !== 'messages.ts')
    .sort();
  return files.flatMap((f) => findInlineMessages(readFileSync(path.join(dir, f), 'utf8'), path.join(dir, f)));
}

/** One pin per builder of a MESSAGES object: the type makes a new builder without a pin a type error. */
export type Pins<M> = Record<keyof M, () => void>;

/** A domain's messages.ts, its pins, and the folder whose other modules must not write messages. */
export interface PinnedMessages<M> {
  CODES: Record<string, string>;
  MESSAGES: M;
  PINS: Pins<M>;
  dir: string;
}

/**
 * The tests every messages.ts gets, under `<domain> messages`: each builder reads as pinned, every
 * builder has a pin, the codes are well formed and unique, and no other module of `dir` writes a
 * code or a Chinese message into an issue.
 */
export function describeMessages<M extends object>(domain: string, { CODES, MESSAGES, PINS, dir }: PinnedMessages<M>): void {
  describe(`${domain} messages`, () => {
    for (const [name, pin] of Object.entries<() => void>(PINS)) it(`MESSAGES.${name} reads as pinned`, pin);

    it('pins every builder', () => {
      expect(Object.keys(PINS).sort()).toEqual(Object.keys(MESSAGES).sort());
    });

    it('codes are unique and read E_… or W_…', () => {
      expect(findBadCodes(CODES)).toEqual([]);
    });

    it(`no ${domain} module but messages.ts writes a code or a Chinese message into an issue`, () => {
      expect(scanForInlineMessages(dir)).toEqual([]);
    });
  });
}
