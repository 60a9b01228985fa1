//! A compact, line-oriented rendering of syntax trees for snapshots: one
//! statement per line, expressions in prefix form, every node with its
//! span as `line:col-line:col`.

use std::fmt::Write;

use yieldscope::syntax::ast::*;

pub fn dump_module(module: &Module) -> String {
    let mut out = String::new();
    for statement in &module.body {
        dump_statement(&mut out, statement, 0);
    }
    out
}

fn span(span: Span) -> String {
    format!(
        "{}:{}-{}:{}",
        span.line, span.col, span.end_line, span.end_col
    )
}

fn line(out: &mut String, depth: usize, text: &str) {
    writeln!(out, "{}{}", "  ".repeat(depth), text).expect("writing to a string");
}

fn block(out: &mut String, label: &str, body: &[Stmt], depth: usize) {
    if body.is_empty() {
        return;
    }
    line(out, depth, label);
    for statement in body {
        dump_statement(out, statement, depth + 1);
    }
}

fn dump_statement(out: &mut String, statement: &Stmt, depth: usize) {
    let at = span(statement.span);
    match &statement.kind {
        StmtKind::Expr(value) => line(out, depth, &format!("Expr {at} {}", expr(value))),
        StmtKind::Assign { targets, value } => line(
            out,
            depth,
            &format!("Assign {at} {} = {}", list(targets), expr(value)),
        ),
        StmtKind::AugAssign { target, op, value } => line(
            out,
            depth,
            &format!("AugAssign {at} {} {op:?}= {}", expr(target), expr(value)),
        ),
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
        } => line(
            out,
            depth,
            &format!(
                "AnnAssign {at} {} : {} = {}",
                expr(target),
                expr(annotation),
                optional(value.as_ref())
            ),
        ),
        StmtKind::If { test, body, orelse } => {
            line(out, depth, &format!("If {at} {}", expr(test)));
            block(out, "body:", body, depth + 1);
            block(out, "orelse:", orelse, depth + 1);
        }
        StmtKind::While { test, body, orelse } => {
            line(out, depth, &format!("While {at} {}", expr(test)));
            block(out, "body:", body, depth + 1);
            block(out, "orelse:", orelse, depth + 1);
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
        } => {
            line(
                out,
                depth,
                &format!("For {at} {} in {}", expr(target), expr(iter)),
            );
            block(out, "body:", body, depth + 1);
            block(out, "orelse:", orelse, depth + 1);
        }
        StmtKind::Break => line(out, depth, &format!("Break {at}")),
        StmtKind::Continue => line(out, depth, &format!("Continue {at}")),
        StmtKind::Pass => line(out, depth, &format!("Pass {at}")),
        StmtKind::Return(value) => line(
            out,
            depth,
            &format!("Return {at} {}", optional(value.as_ref())),
        ),
        StmtKind::FunctionDef(function) => {
            line(
                out,
                depth,
                &format!(
                    "FunctionDef {at} {} ({}) decorators {}",
                    function.name,
                    parameters(&function.params),
                    list(&function.decorators)
                ),
            );
            block(out, "body:", &function.body, depth + 1);
        }
        StmtKind::ClassDef(class) => {
            line(
                out,
                depth,
                &format!(
                    "ClassDef {at} {} bases {} keywords {} decorators {}",
                    class.name,
                    list(&class.bases),
                    keywords(&class.keywords),
                    list(&class.decorators)
                ),
            );
            block(out, "body:", &class.body, depth + 1);
        }
        StmtKind::Try(statement) => {
            line(out, depth, &format!("Try {at}"));
            block(out, "body:", &statement.body, depth + 1);
            for handler in &statement.handlers {
                line(
                    out,
                    depth + 1,
                    &format!(
                        "except {} {} as {}:",
                        span(handler.span),
                        optional(handler.type_.as_ref()),
                        handler.name.as_deref().unwrap_or("-")
                    ),
                );
                for inner in &handler.body {
                    dump_statement(out, inner, depth + 2);
                }
            }
            block(out, "orelse:", &statement.orelse, depth + 1);
            block(out, "finally:", &statement.finalbody, depth + 1);
        }
        StmtKind::Raise { exc, cause } => line(
            out,
            depth,
            &format!(
                "Raise {at} {} from {}",
                optional(exc.as_ref()),
                optional(cause.as_ref())
            ),
        ),
        StmtKind::Global(names) => line(out, depth, &format!("Global {at} {names:?}")),
        StmtKind::Nonlocal(names) => line(out, depth, &format!("Nonlocal {at} {names:?}")),
        StmtKind::Assert { test, msg } => line(
            out,
            depth,
            &format!("Assert {at} {} msg {}", expr(test), optional(msg.as_ref())),
        ),
        StmtKind::Delete(targets) => line(out, depth, &format!("Delete {at} {}", list(targets))),
        StmtKind::Import(aliases) => {
            line(out, depth, &format!("Import {at} {}", alias_list(aliases)))
        }
        StmtKind::ImportFrom { module, names } => line(
            out,
            depth,
            &format!("ImportFrom {at} {module} {}", alias_list(names)),
        ),
    }
}

fn alias_list(aliases: &[Alias]) -> String {
    let parts: Vec<String> = aliases
        .iter()
        .map(|alias| match &alias.asname {
            Some(asname) => format!("{} as {asname} @{}", alias.name, span(alias.span)),
            None => format!("{} @{}", alias.name, span(alias.span)),
        })
        .collect();
    format!("[{}]", parts.join(", "))
}

fn optional(value: Option<&Expr>) -> String {
    value.map(expr).unwrap_or_else(|| "-".to_string())
}

fn list(values: &[Expr]) -> String {
    let parts: Vec<String> = values.iter().map(expr).collect();
    format!("[{}]", parts.join(", "))
}

fn keywords(values: &[Keyword]) -> String {
    let parts: Vec<String> = values
        .iter()
        .map(|keyword| {
            format!(
                "{}={} @{}",
                keyword.arg.as_deref().unwrap_or("**"),
                expr(&keyword.value),
                span(keyword.span)
            )
        })
        .collect();
    format!("[{}]", parts.join(", "))
}

fn param(param: &Param) -> String {
    match &param.default {
        Some(default) => format!("{}={} @{}", param.name, expr(default), span(param.span)),
        None => format!("{} @{}", param.name, span(param.span)),
    }
}

fn parameters(params: &Parameters) -> String {
    let mut parts = Vec::new();
    parts.extend(params.posonly.iter().map(param));
    if !params.posonly.is_empty() {
        parts.push("/".to_string());
    }
    parts.extend(params.args.iter().map(param));
    match &params.vararg {
        Some(vararg) => parts.push(format!("*{}", param(vararg))),
        None if !params.kwonly.is_empty() => parts.push("*".to_string()),
        None => {}
    }
    parts.extend(params.kwonly.iter().map(param));
    if let Some(kwarg) = &params.kwarg {
        parts.push(format!("**{}", param(kwarg)));
    }
    parts.join(", ")
}

fn comprehensions(generators: &[Comprehension]) -> String {
    let parts: Vec<String> = generators
        .iter()
        .map(|generator| {
            let mut text = format!(
                "for {} in {}",
                expr(&generator.target),
                expr(&generator.iter)
            );
            for condition in &generator.ifs {
                write!(text, " if {}", expr(condition)).expect("writing to a string");
            }
            text
        })
        .collect();
    parts.join(" ")
}

fn fstring_parts(parts: &[FStringPart]) -> String {
    let rendered: Vec<String> = parts
        .iter()
        .map(|part| match part {
            FStringPart::Literal(text) => format!("{text:?}"),
            FStringPart::Field(field) => {
                let mut text = format!("{{{}", expr(&field.value));
                if let Some(debug) = &field.debug_text {
                    write!(text, " debug={debug:?}").expect("writing to a string");
                }
                if let Some(conversion) = field.conversion {
                    write!(text, " !{conversion}").expect("writing to a string");
                }
                if let Some(spec) = &field.format_spec {
                    write!(text, " :{}", fstring_parts(spec)).expect("writing to a string");
                }
                text.push('}');
                text
            }
        })
        .collect();
    format!("[{}]", rendered.join(" "))
}

fn expr(value: &Expr) -> String {
    let at = span(value.span);
    let body = match &value.kind {
        ExprKind::Name(name) => format!("Name {name}"),
        ExprKind::Constant(constant) => match constant {
            Constant::Str(text) => format!("Str {text:?}"),
            other => format!("{other:?}"),
        },
        ExprKind::BinOp { left, op, right } => {
            format!("BinOp {op:?} {} {}", expr(left), expr(right))
        }
        ExprKind::UnaryOp { op, operand } => format!("UnaryOp {op:?} {}", expr(operand)),
        ExprKind::BoolOp { op, values } => format!("BoolOp {op:?} {}", list(values)),
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => format!("Compare {} {ops:?} {}", expr(left), list(comparators)),
        ExprKind::IfExp { test, body, orelse } => format!(
            "IfExp {} if {} else {}",
            expr(body),
            expr(test),
            expr(orelse)
        ),
        ExprKind::NamedExpr { target, value } => {
            format!("NamedExpr {} := {}", expr(target), expr(value))
        }
        ExprKind::Call {
            func,
            args,
            keywords: keyword_args,
        } => format!(
            "Call {} {} {}",
            expr(func),
            list(args),
            keywords(keyword_args)
        ),
        ExprKind::Attribute { value, attr } => format!("Attribute {} .{attr}", expr(value)),
        ExprKind::Subscript { value, index } => {
            format!("Subscript {} [{}]", expr(value), expr(index))
        }
        ExprKind::Slice { lower, upper, step } => format!(
            "Slice {} : {} : {}",
            optional(lower.as_deref()),
            optional(upper.as_deref()),
            optional(step.as_deref())
        ),
        ExprKind::Starred(value) => format!("Starred {}", expr(value)),
        ExprKind::List(values) => format!("List {}", list(values)),
        ExprKind::Tuple(values) => format!("Tuple {}", list(values)),
        ExprKind::Set(values) => format!("Set {}", list(values)),
        ExprKind::Dict { keys, values } => {
            let entries: Vec<String> = keys
                .iter()
                .zip(values)
                .map(|(key, value)| match key {
                    Some(key) => format!("{}: {}", expr(key), expr(value)),
                    None => format!("**{}", expr(value)),
                })
                .collect();
            format!("Dict {{{}}}", entries.join(", "))
        }
        ExprKind::ListComp { elt, generators } => {
            format!("ListComp {} {}", expr(elt), comprehensions(generators))
        }
        ExprKind::SetComp { elt, generators } => {
            format!("SetComp {} {}", expr(elt), comprehensions(generators))
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => format!(
            "DictComp {}: {} {}",
            expr(key),
            expr(value),
            comprehensions(generators)
        ),
        ExprKind::GeneratorExp { elt, generators } => {
            format!("GeneratorExp {} {}", expr(elt), comprehensions(generators))
        }
        ExprKind::Lambda { params, body } => {
            format!("Lambda ({}) {}", parameters(params), expr(body))
        }
        ExprKind::Yield(value) => format!("Yield {}", optional(value.as_deref())),
        ExprKind::YieldFrom(value) => format!("YieldFrom {}", expr(value)),
        ExprKind::FString(parts) => format!("FString {}", fstring_parts(parts)),
    };
    format!("({body} @{at})")
}
