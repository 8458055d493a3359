package org.stocktree.common.units;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a quantity or unit expression as InvenTree users write them: {@code 10 mm},
 * {@code 2.5kg}, {@code 1/4 inch}, {@code 3 dozen}, {@code kg*m/s^2}, {@code 20 °C},
 * {@code square meter}, {@code 15 %}.
 *
 * <p>The grammar is pint's: numbers (with exponents, {@code 1.5e-3}), unit names, {@code + - * /},
 * {@code **} or {@code ^} for powers, parentheses, and juxtaposition for multiplication. Powers bind
 * tightest, then a leading sign, then multiplication and division (written or implied, left to
 * right: {@code 1/2 dozen} is six), then addition.
 */
final class Expression {

    private static final Pattern NUMBER = Pattern.compile("(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final int MAX_LENGTH = 1000;

    /** Word forms pint rewrites before reading: "per", "square", "cubic", "squared", "cubed". */
    private static final List<Rewrite> REWRITES = List.of(
            new Rewrite("(?U)\\bper\\b", "/"),
            new Rewrite("(?U)\\b(?:square|sq)\\s+(\\w+)", "$1**2"),
            new Rewrite("(?U)\\bcubic\\s+(\\w+)", "$1**3"),
            new Rewrite("(?U)(\\w+)\\s+squared\\b", "$1**2"),
            new Rewrite("(?U)(\\w+)\\s+cubed\\b", "$1**3"));

    private record Rewrite(Pattern pattern, String replacement) {
        Rewrite(String regex, String replacement) {
            this(Pattern.compile(regex), replacement);
        }
    }

    private enum Kind { NUMBER, NAME, OPERATOR, END }

    private record Token(Kind kind, String text) {
        boolean is(String operator) {
            return kind == Kind.OPERATOR && text.equals(operator);
        }

        boolean endsOperand() {
            return kind == Kind.NUMBER || kind == Kind.NAME || is(")");
        }

        boolean startsOperand() {
            return kind == Kind.NUMBER || kind == Kind.NAME || is("(");
        }
    }

    private final List<Token> tokens;
    private final Function<String, PhysicalUnit> units;
    private int position;

    private Expression(List<Token> tokens, Function<String, PhysicalUnit> units) {
        this.tokens = tokens;
        this.units = units;
    }

    /** The value of the expression; names are looked up with {@code units} (which throws for unknown ones). */
    static Quantity evaluate(String text, Function<String, PhysicalUnit> units) {
        if (text == null || text.isBlank()) {
            throw new UnitError("No value provided");
        }
        if (text.length() > MAX_LENGTH) {
            throw new UnitError("Expression is too long");
        }
        Expression expression = new Expression(tokenize(rewrite(text)), units);
        Quantity value = expression.sum();
        if (expression.peek().kind != Kind.END) {
            throw new UnitError("Invalid syntax: unexpected '" + expression.peek().text + "'");
        }
        return value;
    }

    private static String rewrite(String text) {
        String rewritten = text.strip().replace("°", "degree").replace("%", "percent").replace("‰", "permille")
                .replace("^", "**");
        for (Rewrite rewrite : REWRITES) {
            rewritten = rewrite.pattern.matcher(rewritten).replaceAll(rewrite.replacement);
        }
        return rewritten;
    }

    private static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            Token token;
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            Matcher number = NUMBER.matcher(text).region(i, text.length());
            if (Character.isDigit(c) || (c == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
                number.lookingAt();
                token = new Token(Kind.NUMBER, number.group());
            } else if (Character.isLetter(c) || c == '_') {
                int end = i + 1;
                while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                    end++;
                }
                token = new Token(Kind.NAME, text.substring(i, end));
            } else if (text.startsWith("**", i)) {
                token = new Token(Kind.OPERATOR, "**");
            } else if ("+-*/()".indexOf(c) >= 0) {
                token = new Token(Kind.OPERATOR, String.valueOf(c));
            } else {
                throw new UnitError("Invalid character '" + c + "'");
            }
            if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).endsOperand() && token.startsOperand()) {
                tokens.add(new Token(Kind.OPERATOR, "*")); // "10 mm" and "10mm" mean 10 * mm
            }
            tokens.add(token);
            i += token.text.length();
        }
        tokens.add(new Token(Kind.END, ""));
        return tokens;
    }

    private Token peek() {
        return tokens.get(position);
    }

    private Token next() {
        return tokens.get(position++);
    }

    private Quantity sum() {
        Quantity value = product();
        while (peek().is("+") || peek().is("-")) {
            boolean add = next().is("+");
            Quantity term = product();
            value = value.plus(add ? term : term.negate());
        }
        return value;
    }

    private Quantity product() {
        Quantity value = signed();
        while (peek().is("*") || peek().is("/")) {
            boolean multiply = next().is("*");
            Quantity factor = signed();
            value = multiply ? value.times(factor) : value.dividedBy(factor);
        }
        return value;
    }

    private Quantity signed() {
        if (peek().is("-")) {
            next();
            return signed().negate();
        }
        if (peek().is("+")) {
            next();
            return signed();
        }
        return power();
    }

    private Quantity power() {
        Quantity base = atom();
        if (peek().is("**")) {
            next();
            return base.pow(signed());
        }
        return base;
    }

    private Quantity atom() {
        Token token = next();
        return switch (token.kind) {
            case NUMBER -> Quantity.number(Double.parseDouble(token.text));
            case NAME -> new Quantity(1, units.apply(token.text));
            case OPERATOR -> {
                if (!token.is("(")) {
                    throw new UnitError("Invalid syntax: unexpected '" + token.text + "'");
                }
                Quantity inner = sum();
                if (!next().is(")")) {
                    throw new UnitError("Invalid syntax: missing ')'");
                }
                yield inner;
            }
            case END -> throw new UnitError("Invalid syntax: incomplete expression");
        };
    }
}
