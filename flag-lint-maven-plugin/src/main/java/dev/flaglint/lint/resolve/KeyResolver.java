package dev.flaglint.lint.resolve;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import dev.flaglint.lint.model.FlagApi;
import dev.flaglint.lint.model.KeyAffix;
import dev.flaglint.lint.model.KeyResolution;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import static dev.flaglint.lint.resolve.Expressions.unparenthesized;

/**
 * Evaluates a flag-key expression to its value when the compiler could: string literals, text
 * blocks, final and effectively final variables and constants (same class, inherited,
 * {@code Other.CONSTANT}, nested classes, static imports, across files and modules), {@code +}
 * concatenations of those, Mockito's {@code eq(...)} around any of them, and enum constants (by name, by
 * their String constructor argument, or by a member computed from either: {@link EnumKeys}). Anything
 * else is dynamic, with a glob of its known parts where there are some.
 */
public final class KeyResolver {

    /**
     * How deep constant expressions are followed through operands and constant references; deeper is
     * dynamic. Far beyond hand-written code, and small enough for any thread's stack.
     */
    static final int MAX_DEPTH = 256;

    private final Symbols symbols;
    private final MockitoCalls mockito;
    private final EnumKeys enumKeys;

    public KeyResolver(Symbols symbols) {
        this.symbols = symbols;
        this.mockito = new MockitoCalls(symbols);
        this.enumKeys = new EnumKeys(this::value);
    }

    /**
     * The key {@code expression} stands for, passed to {@code api}: a Mockito {@code eq(...)} stands for its
     * argument, an enum constant for its name, argument or member as the API reads it.
     */
    public ResolvedKey resolve(Expression expression, FlagApi api) {
        Optional<Expression> matched = mockito.equalityMatched(expression);
        if (matched.isPresent()) {
            return resolve(matched.get(), api);
        }
        Optional<ConstantIndex.EnumConstant> constant = enumConstant(expression);
        if (constant.isPresent()) {
            return enumKey(constant.get(), api);
        }
        if (api.enumKey() == FlagApi.EnumKey.MEMBER) {
            return ResolvedKey.dynamic(null); // the key is a member of the constant passed, and none is
        }
        Optional<String> value = value(expression);
        if (value.isPresent()) {
            return new ResolvedKey(value.get(), kind(expression), null);
        }
        if (expression instanceof MethodCallExpr call && call.getArguments().isEmpty() && call.getScope().isPresent()) {
            Optional<ResolvedKey> read = enumConstant(call.getScope().get())
                    .flatMap(c -> enumKeys.member(c, call.getNameAsString() + "()"));
            if (read.isPresent()) {
                return read.get();
            }
        }
        return ResolvedKey.dynamic(pattern(expression));
    }

    /** The expression a Mockito {@code eq(...)} matches, or {@code expression} itself. */
    public Expression unmatched(Expression expression) {
        return mockito.equalityMatched(expression).orElse(expression);
    }

    /** The key an enum constant stands for, passed to {@code api}. */
    public ResolvedKey enumKey(ConstantIndex.EnumConstant constant, FlagApi api) {
        return switch (api.enumKey()) {
            case NAME -> new ResolvedKey(constant.constant().getNameAsString(), KeyResolution.ENUM_NAME, null);
            case ARGUMENT -> constant.constant().getArguments().stream().findFirst()
                    .flatMap(this::value)
                    .map(v -> new ResolvedKey(v, KeyResolution.ENUM_ARGUMENT, null))
                    .orElseGet(() -> ResolvedKey.dynamic(null));
            case MEMBER -> enumKeys.member(constant, api.enumMember()).orElseGet(() -> ResolvedKey.dynamic(null));
        };
    }

    /** The enum constant {@code e} names ({@code Features.X}, or {@code X} statically imported), if any. */
    public Optional<ConstantIndex.EnumConstant> enumConstant(Expression e) {
        Optional<ConstantIndex.Member> member = Optional.empty();
        if (e instanceof FieldAccessExpr access && symbols.isTypeName(access.getScope())) {
            member = symbols.type(access, access.getScope().toString())
                    .flatMap(type -> symbols.member(type, access.getNameAsString()));
        } else if (e instanceof NameExpr name) {
            Optional<Scopes.Declaration> variable = symbols.variable(name, name.getNameAsString());
            if (variable.isPresent()) {
                // Features f = Features.X; used unchanged: f is that constant
                return variable.filter(v -> !v.isField() && v.keepsItsInitializer())
                        .flatMap(Scopes.Declaration::initializer)
                        .flatMap(this::enumConstant);
            }
            Optional<ConstantIndex.EnumConstant> own = symbols.enclosingEnumConstant(name, name.getNameAsString());
            member = own.isPresent() ? own.map(ConstantIndex.Member.class::cast)
                    : symbols.staticallyImported(name, name.getNameAsString());
        }
        return member.filter(ConstantIndex.EnumConstant.class::isInstance).map(ConstantIndex.EnumConstant.class::cast);
    }

    /** The compile-time value of {@code expression} as a String, if it has one the sources show. */
    public Optional<String> value(Expression expression) {
        return constant(expression, new HashSet<>(), 0).map(KeyResolver::text);
    }

    /**
     * A constant expression's value as Java computes it (JLS 15.29): a String, a Character, a
     * Boolean, or a number (Long for integral types, Double for floating ones), so that
     * {@code "x" + (1 + 1)} is {@code x2} and {@code 'a' + 'b' + "c"} is {@code 195c}. Parentheses and
     * left-associated operator chains ({@code "a" + "b" + ... }, thousands of terms in generated code)
     * are followed without recursion; anything nested deeper than {@link #MAX_DEPTH} is not a constant.
     */
    private Optional<Object> constant(Expression expression, Set<Node> visiting, int depth) {
        Expression e = unparenthesized(expression);
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        if (e instanceof StringLiteralExpr s) {
            return Optional.of(s.asString());
        }
        if (e instanceof TextBlockLiteralExpr t) {
            return Optional.of(t.asString());
        }
        if (e instanceof CharLiteralExpr c) {
            return Optional.of(c.asChar());
        }
        if (e instanceof IntegerLiteralExpr i) {
            return Optional.of(i.asNumber().longValue());
        }
        if (e instanceof LongLiteralExpr l) {
            return Optional.of(l.asNumber().longValue());
        }
        if (e instanceof DoubleLiteralExpr d) {
            return Optional.of(d.asDouble());
        }
        if (e instanceof BooleanLiteralExpr b) {
            return Optional.of(b.getValue());
        }
        if (e instanceof CastExpr cast && cast.getType().isPrimitiveType()) {
            return constant(cast.getExpression(), visiting, depth + 1); // (int) 'a' and the like: close enough for keys
        }
        if (e instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.MINUS) {
            return constant(u.getExpression(), visiting, depth + 1).flatMap(v -> v instanceof Long l ? Optional.of(-l)
                    : v instanceof Double d ? Optional.of(-d) : Optional.empty());
        }
        if (e instanceof BinaryExpr b) {
            return chain(b, visiting, depth);
        }
        if (e instanceof NameExpr name) {
            Optional<Scopes.Declaration> variable = symbols.variable(name, name.getNameAsString());
            if (variable.isPresent()) {
                return constantValue(variable.get(), visiting, depth);
            }
            return symbols.staticallyImported(name, name.getNameAsString())
                    .flatMap(m -> m instanceof ConstantIndex.Field f ? constantValue(f.declaration(), visiting, depth)
                            : Optional.empty());
        }
        if (e instanceof FieldAccessExpr access) {
            if (access.getScope() instanceof ThisExpr) {
                return access.findAncestor(TypeDeclaration.class)
                        .flatMap(type -> Scopes.field(type, access.getNameAsString()))
                        .flatMap(d -> constantValue(d, visiting, depth));
            }
            if (symbols.isTypeName(access.getScope())) {
                return symbols.type(access, access.getScope().toString())
                        .flatMap(type -> symbols.member(type, access.getNameAsString()))
                        .flatMap(m -> m instanceof ConstantIndex.Field f ? constantValue(f.declaration(), visiting, depth)
                                : Optional.empty());
            }
        }
        return Optional.empty();
    }

    /** {@code a op1 b op2 c ...} as Java evaluates it, left to right, walking down the left operands without recursion. */
    private Optional<Object> chain(BinaryExpr last, Set<Node> visiting, int depth) {
        Deque<BinaryExpr> operators = leftChain(last, op -> true);
        Optional<Object> value = constant(operators.peek().getLeft(), visiting, depth + 1);
        for (BinaryExpr b : operators) {
            if (value.isEmpty()) {
                return value;
            }
            Object left = value.get();
            value = constant(b.getRight(), visiting, depth + 1).flatMap(right -> fold(b.getOperator(), left, right));
        }
        return value;
    }

    /**
     * The binary expressions down {@code last}'s left operands (through parentheses) that {@code follow}
     * accepts, innermost first: {@code a + b + c} is {@code ((a + b) + c)}, so {@code [a + b, (a + b) + c]}.
     */
    private static Deque<BinaryExpr> leftChain(BinaryExpr last, Predicate<BinaryExpr> follow) {
        Deque<BinaryExpr> operators = new ArrayDeque<>();
        operators.push(last);
        while (unparenthesized(operators.peek().getLeft()) instanceof BinaryExpr left && follow.test(left)) {
            operators.push(left);
        }
        return operators;
    }

    private static Optional<Object> fold(BinaryExpr.Operator op, Object left, Object right) {
        if (op == BinaryExpr.Operator.PLUS && (left instanceof String || right instanceof String)) {
            return Optional.of(text(left) + text(right));
        }
        Object l = left instanceof Character c ? (Object) (long) c : left;
        Object r = right instanceof Character c ? (Object) (long) c : right;
        if (l instanceof Long a && r instanceof Long b) {
            return switch (op) {
                case PLUS -> Optional.of(a + b);
                case MINUS -> Optional.of(a - b);
                case MULTIPLY -> Optional.of(a * b);
                case DIVIDE -> b == 0 ? Optional.empty() : Optional.of(a / b);
                case REMAINDER -> b == 0 ? Optional.empty() : Optional.of(a % b);
                default -> Optional.empty();
            };
        }
        if (l instanceof Number a && r instanceof Number b && !(l instanceof Boolean)) {
            double x = a.doubleValue();
            double y = b.doubleValue();
            return switch (op) {
                case PLUS -> Optional.of(x + y);
                case MINUS -> Optional.of(x - y);
                case MULTIPLY -> Optional.of(x * y);
                case DIVIDE -> Optional.of(x / y);
                default -> Optional.empty();
            };
        }
        return Optional.empty();
    }

    /** How Java writes a constant into a String. */
    private static String text(Object value) {
        return String.valueOf(value);
    }

    /**
     * A final variable with a constant initializer is a compile-time constant (JLS 4.12.4); a local that is
     * effectively final keeps its value just as well.
     */
    private Optional<Object> constantValue(Scopes.Declaration d, Set<Node> visiting, int depth) {
        if (d.initializer().isEmpty() || !d.keepsItsInitializer()) {
            return Optional.empty();
        }
        Expression initializer = d.initializer().get();
        if (!visiting.add(initializer)) {
            return Optional.empty(); // a cycle: A = B + "x", B = A + "y" does not compile anyway
        }
        try {
            return constant(initializer, visiting, depth + 1);
        } finally {
            visiting.remove(initializer);
        }
    }

    private static KeyResolution kind(Expression e) {
        Expression inner = unparenthesized(e);
        if (inner instanceof StringLiteralExpr || inner instanceof TextBlockLiteralExpr) {
            return KeyResolution.LITERAL;
        }
        return inner instanceof BinaryExpr ? KeyResolution.CONCATENATION : KeyResolution.CONSTANT;
    }

    /**
     * A glob of a dynamic key's known parts: {@code "stages." + stage + ".enabled"} and
     * {@code String.format("stages.%s.enabled", stage)} both give {@code stages.*.enabled}; null
     * when nothing is known.
     */
    String pattern(Expression e) {
        return namesSomething(glob(e, 0));
    }

    /**
     * {@code glob} with runs of {@code *} collapsed, or null when it has no letter or digit: {@code *},
     * {@code *.*} or {@code *-*} would match flags whatever the code does.
     */
    public static String namesSomething(String glob) {
        return glob == null || glob.chars().noneMatch(Character::isLetterOrDigit) ? null
                : glob.replaceAll("\\*+", "*");
    }

    /** The operand of a key expression that carries the key, and the text around it. */
    public record Affixed(Expression inner, KeyAffix affix) {
    }

    /**
     * A key expression that puts text around exactly one operand that {@code inner} accepts, of a {@code +}
     * chain: that operand and the glob of what comes before and after it ({@code "team." + key} and
     * {@code key + "." + env}); for such an operand alone, no affix.
     */
    public Optional<Affixed> affixAround(Expression keyExpression, Predicate<Expression> inner) {
        Expression e = unparenthesized(keyExpression);
        if (inner.test(e)) {
            return Optional.of(new Affixed(e, KeyAffix.NONE));
        }
        if (!(e instanceof BinaryExpr b) || b.getOperator() != BinaryExpr.Operator.PLUS) {
            return Optional.empty();
        }
        List<BinaryExpr> operators = new ArrayList<>(leftChain(b,
                left -> left.getOperator() == BinaryExpr.Operator.PLUS));
        List<Expression> operands = new ArrayList<>();
        operands.add(operators.get(0).getLeft());
        operators.forEach(op -> operands.add(op.getRight()));
        int at = -1;
        for (int i = 0; i < operands.size(); i++) {
            if (inner.test(unparenthesized(operands.get(i)))) {
                if (at >= 0) {
                    return Optional.empty(); // the key twice: no single place for it
                }
                at = i;
            }
        }
        if (at < 0) {
            return Optional.empty();
        }
        // The operands before it, as Java adds them up (1 + 2 + key is "3" + key), then each one after it as text.
        String prefix = at == 0 ? "" : part(glob(operators.get(at - 1).getLeft(), 0));
        StringBuilder suffix = new StringBuilder();
        for (Expression after : operands.subList(at + 1, operands.size())) {
            suffix.append(part(glob(after, 0)));
        }
        return Optional.of(new Affixed(unparenthesized(operands.get(at)), new KeyAffix(prefix, suffix.toString())));
    }

    /**
     * The member of enum parameter {@code p} that {@code key} reads: {@code flag.key()}, {@code flag.id}; only when
     * the sources declare the parameter's type as an enum.
     */
    public Optional<String> enumMemberOf(Expression key, Parameter p) {
        Expression e = unparenthesized(key);
        Optional<String> member = Optional.empty();
        if (e instanceof MethodCallExpr call && call.getArguments().isEmpty()
                && call.getScope().filter(s -> s instanceof NameExpr n && Scopes.refersTo(n, p)).isPresent()) {
            member = Optional.of(call.getNameAsString() + "()");
        } else if (e instanceof FieldAccessExpr f && f.getScope() instanceof NameExpr n && Scopes.refersTo(n, p)) {
            member = Optional.of(f.getNameAsString());
        }
        boolean isEnum = p.getType().isClassOrInterfaceType() && symbols.type(p, p.getType().asClassOrInterfaceType()
                .getNameWithScope()).flatMap(t -> symbols.hierarchy().declaration(t))
                .filter(EnumDeclaration.class::isInstance).isPresent();
        return isEnum ? member : Optional.empty();
    }

    /** The member of the enclosing enum a key expression inside one of its instance methods reads, if any. */
    public Optional<String> enumMemberRead(Expression key) {
        return EnumKeys.memberRead(key);
    }

    private String glob(Expression expression, int depth) {
        Expression e = unparenthesized(expression);
        Optional<String> known = value(e);
        if (known.isPresent()) {
            return known.get().replace("*", "?");
        }
        if (depth > MAX_DEPTH) {
            return null;
        }
        if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
            // Left to right: the longest known prefix is one constant ("a" + 1 + 2 is a12, 1 + 2 + x is 3*).
            Deque<BinaryExpr> operators = leftChain(b, left -> left.getOperator() == BinaryExpr.Operator.PLUS);
            Expression first = operators.peek().getLeft();
            Optional<Object> prefix = constant(first, new HashSet<>(), depth + 1);
            StringBuilder glob = new StringBuilder(prefix.isPresent() ? "" : part(glob(first, depth + 1)));
            for (BinaryExpr op : operators) {
                if (prefix.isPresent()) {
                    Object left = prefix.get();
                    Optional<Object> folded = constant(op.getRight(), new HashSet<>(), depth + 1)
                            .flatMap(right -> fold(op.getOperator(), left, right));
                    if (folded.isPresent()) {
                        prefix = folded;
                        continue;
                    }
                    // A number or char before an unknown operand may be added to it as a number (1 + id).
                    glob.append(left instanceof String ? text(left).replace("*", "?") : "*");
                    prefix = Optional.empty();
                }
                glob.append(part(glob(op.getRight(), depth + 1)));
            }
            return prefix.map(p -> text(p).replace("*", "?")).orElse(glob.toString());
        }
        if (e instanceof MethodCallExpr call && call.getNameAsString().equals("format")
                && call.getScope().filter(s -> s.toString().equals("String")).isPresent()
                && !call.getArguments().isEmpty()) {
            return value(call.getArgument(0))
                    .map(format -> format.replaceAll("%(\\d+\\$)?[-#+ 0,(]*\\d*(\\.\\d+)?[a-zA-Z]", "*"))
                    .orElse(null);
        }
        return null;
    }

    private static String part(String glob) {
        return glob == null ? "*" : glob;
    }
}
