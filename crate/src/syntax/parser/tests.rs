//! Small cases that pin down behaviour the fixtures show only in passing.

use super::parse_module;
use crate::syntax::ast::*;
use crate::syntax::error::CompileErrorKind;

/// Renders an expression fully parenthesized, so precedence is visible.
fn render(expr: &Expr) -> String {
    match &expr.kind {
        ExprKind::Name(name) => name.clone(),
        ExprKind::Constant(Constant::Int(digits)) => digits.clone(),
        ExprKind::Constant(Constant::Float(value)) => format!("{value:?}"),
        ExprKind::Constant(Constant::Str(text)) => format!("{text:?}"),
        ExprKind::Constant(other) => format!("{other:?}"),
        ExprKind::BinOp { left, op, right } => {
            let symbol = match op {
                BinOp::Add => "+",
                BinOp::Sub => "-",
                BinOp::Mult => "*",
                BinOp::MatMult => "@",
                BinOp::Div => "/",
                BinOp::FloorDiv => "//",
                BinOp::Mod => "%",
                BinOp::Pow => "**",
                BinOp::LShift => "<<",
                BinOp::RShift => ">>",
                BinOp::BitOr => "|",
                BinOp::BitXor => "^",
                BinOp::BitAnd => "&",
            };
            format!("({} {symbol} {})", render(left), render(right))
        }
        ExprKind::UnaryOp { op, operand } => {
            let symbol = match op {
                UnaryOp::Invert => "~",
                UnaryOp::Not => "not ",
                UnaryOp::UAdd => "+",
                UnaryOp::USub => "-",
            };
            format!("({symbol}{})", render(operand))
        }
        ExprKind::BoolOp { op, values } => {
            let joiner = match op {
                BoolOp::And => " and ",
                BoolOp::Or => " or ",
            };
            let parts: Vec<String> = values.iter().map(render).collect();
            format!("({})", parts.join(joiner))
        }
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            let mut text = format!("({}", render(left));
            for (op, right) in ops.iter().zip(comparators) {
                text.push_str(&format!(" {op:?} {}", render(right)));
            }
            text.push(')');
            text
        }
        ExprKind::IfExp { test, body, orelse } => format!(
            "({} if {} else {})",
            render(body),
            render(test),
            render(orelse)
        ),
        ExprKind::Lambda { body, .. } => format!("(lambda: {})", render(body)),
        ExprKind::Yield(value) => match value {
            Some(value) => format!("(yield {})", render(value)),
            None => "(yield)".to_string(),
        },
        ExprKind::YieldFrom(value) => format!("(yield from {})", render(value)),
        ExprKind::Tuple(values) => {
            let parts: Vec<String> = values.iter().map(render).collect();
            format!("({},)", parts.join(", "))
        }
        ExprKind::Starred(value) => format!("*{}", render(value)),
        other => format!("{other:?}"),
    }
}

fn value_of(source: &str) -> Expr {
    let module = parse_module(&format!("x = {source}\n")).expect("parses");
    match module
        .body
        .into_iter()
        .next()
        .map(|statement| statement.kind)
    {
        Some(StmtKind::Assign { value, .. }) => value,
        other => panic!("not an assignment: {other:?}"),
    }
}

fn rendered(source: &str) -> String {
    render(&value_of(source))
}

#[test]
fn power_binds_tighter_than_a_unary_minus_on_its_left() {
    assert_eq!(rendered("-2**2"), "(-(2 ** 2))");
    assert_eq!(rendered("2**-1"), "(2 ** (-1))");
    assert_eq!(rendered("2**3**2"), "(2 ** (3 ** 2))");
    assert_eq!(rendered("-x**-y"), "(-(x ** (-y)))");
}

#[test]
fn not_binds_looser_than_comparisons() {
    assert_eq!(rendered("not a == b"), "(not (a Eq b))");
    assert_eq!(rendered("not a and b"), "((not a) and b)");
    assert_eq!(rendered("a or b and not c"), "(a or (b and (not c)))");
}

#[test]
fn binary_operators_follow_python_precedence() {
    assert_eq!(
        rendered("a | b ^ c & d << e + f * g"),
        "(a | (b ^ (c & (d << (e + (f * g))))))"
    );
    assert_eq!(rendered("a - b - c"), "((a - b) - c)");
    assert_eq!(rendered("a // b % c @ d"), "(((a // b) % c) @ d)");
    assert_eq!(rendered("-a * b"), "((-a) * b)");
    assert_eq!(rendered("~a + b"), "((~a) + b)");
}

#[test]
fn comparisons_chain_into_one_node() {
    assert_eq!(rendered("a < b <= c"), "(a Lt b LtE c)");
    assert_eq!(rendered("a is not b"), "(a IsNot b)");
    assert_eq!(rendered("a not in b in c"), "(a NotIn b In c)");
    assert_eq!(rendered("a | b < c"), "((a | b) Lt c)");
}

#[test]
fn conditional_expressions_nest_to_the_right() {
    assert_eq!(
        rendered("a if b else c if d else e"),
        "(a if b else (c if d else e))"
    );
    assert_eq!(
        rendered("lambda: a if b else c"),
        "(lambda: (a if b else c))"
    );
}

#[test]
fn yield_forms() {
    let module = parse_module("def g():\n    x = yield\n    y = yield 1, 2\n    yield from z\n")
        .expect("parses");
    let StmtKind::FunctionDef(function) = &module.body[0].kind else {
        panic!("not a function");
    };
    let rendered: Vec<String> = function
        .body
        .iter()
        .map(|statement| match &statement.kind {
            StmtKind::Assign { value, .. } => render(value),
            StmtKind::Expr(value) => render(value),
            other => format!("{other:?}"),
        })
        .collect();
    assert_eq!(rendered, ["(yield)", "(yield (1, 2,))", "(yield from z)"]);
}

#[test]
fn integers_of_any_base_and_size_become_decimal() {
    assert_eq!(rendered("0xff"), "255");
    assert_eq!(rendered("0o17"), "15");
    assert_eq!(rendered("0b_1010"), "10");
    assert_eq!(rendered("1_000_000"), "1000000");
    assert_eq!(rendered("000"), "0");
    assert_eq!(
        rendered("0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"),
        "340282366920938463463374607431768211455"
    );
}

#[test]
fn float_forms() {
    assert_eq!(rendered("1."), "1.0");
    assert_eq!(rendered(".5"), "0.5");
    assert_eq!(rendered("1e-3"), "0.001");
    assert_eq!(rendered("1_0.5"), "10.5");
    assert_eq!(rendered("1E+2"), "100.0");
}

#[test]
fn string_escapes_and_concatenation() {
    assert_eq!(rendered(r"'a\tb\x41\u00e9\101\q'"), r#""a\tbAéA\\q""#);
    assert_eq!(rendered(r"'\d' r'\n' 'a' 'b'"), r#""\\d\\nab""#);
    assert_eq!(rendered("'''a\\\nb'''"), r#""ab""#);
}

#[test]
fn fstrings_merge_with_adjacent_literals() {
    let ExprKind::FString(parts) = value_of("'a' f'{b}' 'c' f'd'").kind else {
        panic!("not an f-string");
    };
    assert_eq!(parts.len(), 3);
    assert_eq!(parts[0], FStringPart::Literal("a".to_string()));
    assert_eq!(parts[2], FStringPart::Literal("cd".to_string()));
}

#[test]
fn fstring_fields_point_into_the_source() {
    let ExprKind::FString(parts) = value_of("f'''\n  {value!r:>{width}}'''").kind else {
        panic!("not an f-string");
    };
    let FStringPart::Field(field) = &parts[1] else {
        panic!("not a field: {parts:?}");
    };
    assert_eq!(field.value.span, Span::new(2, 3, 2, 8));
    assert_eq!(field.conversion, Some('r'));
    let spec = field.format_spec.as_ref().expect("a format spec");
    let FStringPart::Field(width) = &spec[1] else {
        panic!("not a nested field: {spec:?}");
    };
    assert_eq!(width.value.span, Span::new(2, 13, 2, 18));
}

#[test]
fn fstring_debug_text_keeps_whitespace() {
    let ExprKind::FString(parts) = value_of("f'{ x = }'").kind else {
        panic!("not an f-string");
    };
    let FStringPart::Field(field) = &parts[0] else {
        panic!("not a field");
    };
    assert_eq!(field.debug_text.as_deref(), Some(" x = "));
    assert_eq!(field.conversion, None);
}

#[test]
fn match_is_still_a_name() {
    assert!(parse_module("match = 1\nmatch(x)\nmatch[0] = match.y\n").is_ok());
}

#[test]
fn syntax_errors_are_reported_before_unsupported_constructs() {
    let error = parse_module("with f:\n    pass\nx = )\n").expect_err("invalid");
    assert_eq!(error.kind, CompileErrorKind::SyntaxError);
    assert_eq!(error.message, "unmatched ')'");
    let error = parse_module("with f:\n    pass\n").expect_err("unsupported");
    assert_eq!(error.kind, CompileErrorKind::Unsupported);
    assert_eq!(error.span.line, 1);
}

#[test]
fn from_import_keeps_names_and_aliases() {
    let module = parse_module("from itertools import count, islice as take\n").expect("parses");
    let StmtKind::ImportFrom { module, names } = &module.body[0].kind else {
        panic!("not an import");
    };
    assert_eq!(module, "itertools");
    assert_eq!(names[1].name, "islice");
    assert_eq!(names[1].asname.as_deref(), Some("take"));
}

#[test]
fn parameters_are_grouped_as_in_cpython() {
    let module = parse_module("def f(a, /, b=1, *args, c, d=2, **kw): pass\n").expect("parses");
    let StmtKind::FunctionDef(function) = &module.body[0].kind else {
        panic!("not a function");
    };
    let names = |params: &[Param]| params.iter().map(|p| p.name.clone()).collect::<Vec<_>>();
    assert_eq!(names(&function.params.posonly), ["a"]);
    assert_eq!(names(&function.params.args), ["b"]);
    assert_eq!(
        function.params.vararg.as_ref().map(|p| p.name.as_str()),
        Some("args")
    );
    assert_eq!(names(&function.params.kwonly), ["c", "d"]);
    assert_eq!(
        function.params.kwarg.as_ref().map(|p| p.name.as_str()),
        Some("kw")
    );
}
