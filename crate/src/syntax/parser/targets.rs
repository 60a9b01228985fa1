//! What may be assigned to or deleted, and the names CPython's messages
//! give to everything else.

use crate::syntax::ast::{Constant, Expr, ExprKind};

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum TargetKind {
    Assign,
    For,
    Delete,
}

/// The first part of `expr` that cannot be a target of `kind`, as
/// CPython's `_PyPegen_get_invalid_target` finds it.
pub(super) fn invalid_target(expr: &Expr, kind: TargetKind) -> Option<&Expr> {
    match &expr.kind {
        ExprKind::List(elements) | ExprKind::Tuple(elements) => elements
            .iter()
            .find_map(|element| invalid_target(element, kind)),
        ExprKind::Starred(value) => {
            if kind == TargetKind::Delete {
                Some(expr)
            } else {
                invalid_target(value, kind)
            }
        }
        // `a in b` in `for a in b` parses as a comparison when the target
        // is invalid; the target is its left side.
        ExprKind::Compare { left, ops, .. } if kind == TargetKind::For => {
            if ops.first() == Some(&crate::syntax::ast::CmpOp::In) {
                invalid_target(left, kind)
            } else {
                None
            }
        }
        ExprKind::Name(_) | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(expr),
    }
}

/// Whether `expr` can be the target of an augmented assignment or an
/// annotation: a single name, attribute or subscript.
pub(super) fn is_single_target(expr: &Expr) -> bool {
    matches!(
        expr.kind,
        ExprKind::Name(_) | ExprKind::Subscript { .. } | ExprKind::Attribute { .. }
    )
}

/// How CPython's messages name a kind of expression
/// (`_PyPegen_get_expr_name`).
pub(super) fn expression_name(expr: &Expr) -> &'static str {
    match &expr.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::Constant(constant) => match constant {
            Constant::None => "None",
            Constant::Bool(false) => "False",
            Constant::Bool(true) => "True",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}
