import ts from 'typescript';

/** A user-visible string that does not go through t(). */
export interface Untranslated {
  file: string;
  line: number;
  text: string;
}

/** Properties and JSX attributes whose value the user reads. */
const VISIBLE = new Set([
  'label',
  'title',
  'placeholder',
  'aria-label',
  'description',
  'help_text',
  'alt',
  'nothingFoundMessage',
]);

const WORDS = /[A-Za-z]{2,}/;

function nameOf(name: ts.Node): string | null {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;
  if (ts.isJsxNamespacedName(name)) return `${name.namespace.text}:${name.name.text}`;
  return null;
}

/** A literal with words in it, seen through parentheses, `a ?? 'b'` and `c ? 'd' : 'e'`. */
function literals(node: ts.Node | undefined): ts.StringLiteralLike[] {
  if (!node) return [];
  if (ts.isParenthesizedExpression(node)) return literals(node.expression);
  if (ts.isJsxExpression(node)) return literals(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return WORDS.test(node.text) ? [node] : [];
  if (ts.isConditionalExpression(node)) return [...literals(node.whenTrue), ...literals(node.whenFalse)];
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken) {
    return literals(node.right);
  }
  return [];
}

/**
 * The strings of one source file a user would read without translation: text between JSX tags,
 * and literal labels, titles, placeholders and descriptions (as JSX attributes or object
 * properties). Strings given to t() are the message ids and pass.
 */
export function untranslatedStrings(file: string, source: string): Untranslated[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Untranslated[] = [];
  const report = (node: ts.Node, text: string) =>
    found.push({ file, line: tree.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim() });

  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORDS.test(node.text)) report(node, node.text);
    if (ts.isJsxExpression(node) && ts.isJsxElement(node.parent)) {
      for (const literal of literals(node.expression)) report(literal, literal.text);
    }
    if (ts.isJsxAttribute(node) && VISIBLE.has(nameOf(node.name) ?? '')) {
      for (const literal of literals(node.initializer)) report(literal, literal.text);
    }
    if (ts.isPropertyAssignment(node) && VISIBLE.has(nameOf(node.name) ?? '')) {
      for (const literal of literals(node.initializer)) report(literal, literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}
