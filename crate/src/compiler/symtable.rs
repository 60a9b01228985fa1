//! Scope analysis: decides, for every name in every scope, whether it is a
//! local, a global, a cell shared with nested functions, or a free variable
//! of an enclosing function — the same classification CPython's symtable
//! makes, including its compile-time errors.

use std::collections::HashMap;

use crate::syntax::ast::*;
use crate::syntax::error::CompileError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Lambda,
    Class,
    Comprehension(ComprehensionKind),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ComprehensionKind {
    List,
    Set,
    Dict,
    Generator,
}

impl ComprehensionKind {
    pub fn code_name(self) -> &'static str {
        match self {
            ComprehensionKind::List => "<listcomp>",
            ComprehensionKind::Set => "<setcomp>",
            ComprehensionKind::Dict => "<dictcomp>",
            ComprehensionKind::Generator => "<genexpr>",
        }
    }

    fn description(self) -> &'static str {
        match self {
            ComprehensionKind::List => "list comprehension",
            ComprehensionKind::Set => "set comprehension",
            ComprehensionKind::Dict => "dict comprehension",
            ComprehensionKind::Generator => "generator expression",
        }
    }
}

/// How the compiler accesses a name in a given scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    /// A fast local (function) or a namespace entry (class body).
    Local,
    /// A local that nested functions capture.
    Cell,
    /// A variable of an enclosing function.
    Free,
    /// Declared `global`.
    GlobalExplicit,
    /// Not bound anywhere visible: module global or builtin.
    GlobalImplicit,
}

mod flags {
    pub const ASSIGNED: u8 = 1;
    pub const PARAMETER: u8 = 2;
    pub const GLOBAL: u8 = 4;
    pub const NONLOCAL: u8 = 8;
    pub const USED: u8 = 16;
    /// Bound by `:=` inside a comprehension: belongs to the enclosing scope.
    pub const COMPREHENSION_TARGET: u8 = 32;
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    /// Names in first-seen order, with their flags.
    symbols: Vec<(String, u8)>,
    index: HashMap<String, usize>,
    pub resolutions: HashMap<String, Resolution>,
    /// Parameter names in CPython order.
    pub parameters: Vec<String>,
    pub children: Vec<usize>,
    pub is_generator: bool,
    /// Cell variables, in a stable order.
    pub cells: Vec<String>,
    /// Free variables, in a stable order.
    pub frees: Vec<String>,
    /// A class whose methods use `super()` or `__class__`.
    pub needs_class_cell: bool,
    declaration_spans: HashMap<String, Span>,
}

impl Scope {
    fn new(kind: ScopeKind, name: String) -> Scope {
        Scope {
            kind,
            name,
            symbols: Vec::new(),
            index: HashMap::new(),
            resolutions: HashMap::new(),
            parameters: Vec::new(),
            children: Vec::new(),
            is_generator: false,
            cells: Vec::new(),
            frees: Vec::new(),
            needs_class_cell: false,
            declaration_spans: HashMap::new(),
        }
    }

    fn flags(&self, name: &str) -> u8 {
        self.index.get(name).map_or(0, |&i| self.symbols[i].1)
    }

    fn add(&mut self, name: &str, flag: u8) {
        match self.index.get(name) {
            Some(&i) => self.symbols[i].1 |= flag,
            None => {
                self.index.insert(name.to_owned(), self.symbols.len());
                self.symbols.push((name.to_owned(), flag));
            }
        }
    }

    pub fn resolve(&self, name: &str) -> Resolution {
        self.resolutions
            .get(name)
            .copied()
            .unwrap_or(Resolution::GlobalImplicit)
    }

    /// Names that are fast locals of this scope (not globals, not free), in
    /// first-binding order, parameters first.
    pub fn local_names(&self) -> Vec<String> {
        let mut names = self.parameters.clone();
        for (name, _) in &self.symbols {
            if names.contains(name) {
                continue;
            }
            if matches!(
                self.resolutions.get(name),
                Some(Resolution::Local | Resolution::Cell)
            ) {
                names.push(name.clone());
            }
        }
        names
    }

    /// Every name this scope mentions, in first-seen order.
    pub fn symbol_names(&self) -> impl Iterator<Item = &str> {
        self.symbols.iter().map(|(name, _)| name.as_str())
    }

    fn is_function_like(&self) -> bool {
        matches!(
            self.kind,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension(_)
        )
    }
}

/// The analysed scopes of a module, addressed by the AST node that opens
/// each scope.
#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
}

impl SymbolTable {
    pub fn build(module: &Module) -> Result<SymbolTable, CompileError> {
        let mut builder = Builder {
            scopes: vec![Scope::new(ScopeKind::Module, "<module>".to_owned())],
            by_node: HashMap::new(),
            stack: vec![0],
            pending_error: None,
        };
        builder.visit_body(&module.body);
        if let Some(error) = builder.pending_error {
            return Err(error);
        }
        let mut table = SymbolTable {
            scopes: builder.scopes,
            by_node: builder.by_node,
        };
        table.analyze()?;
        Ok(table)
    }

    pub fn module_scope(&self) -> usize {
        0
    }

    /// The scope a `def`, `lambda`, `class` or comprehension node opens.
    pub fn scope_of<T>(&self, node: &T) -> usize {
        self.by_node[&(node as *const T as usize)]
    }

    pub fn scope(&self, index: usize) -> &Scope {
        &self.scopes[index]
    }

    /// Every name resolved as a global anywhere in the program, in the order
    /// first seen: these get the program's global slots.
    pub fn global_names(&self) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for scope in &self.scopes {
            for (name, _) in &scope.symbols {
                let resolution = scope.resolve(name);
                let global = scope.kind == ScopeKind::Module
                    || matches!(
                        resolution,
                        Resolution::GlobalExplicit | Resolution::GlobalImplicit
                    );
                if global && seen.insert(name.clone()) {
                    names.push(name.clone());
                }
            }
        }
        names
    }

    fn analyze(&mut self) -> Result<(), CompileError> {
        self.analyze_scope(0, &[])?;
        Ok(())
    }

    /// Resolves `index`'s names given the names bound by enclosing function
    /// scopes, and returns the free variables it needs from outside.
    fn analyze_scope(
        &mut self,
        index: usize,
        enclosing_bound: &[String],
    ) -> Result<Vec<String>, CompileError> {
        let kind = self.scopes[index].kind;
        let symbols = self.scopes[index].symbols.clone();
        let mut resolutions = HashMap::new();
        for (name, flag) in &symbols {
            let resolution = if flag & flags::GLOBAL != 0 {
                Resolution::GlobalExplicit
            } else if flag & flags::NONLOCAL != 0 {
                if !enclosing_bound.contains(name) {
                    let span = self.scopes[index]
                        .declaration_spans
                        .get(name)
                        .copied()
                        .unwrap_or_default();
                    return Err(CompileError::syntax(
                        format!("no binding for nonlocal '{name}' found"),
                        span,
                    ));
                }
                Resolution::Free
            } else if flag & flags::COMPREHENSION_TARGET != 0 {
                if enclosing_bound.contains(name) {
                    Resolution::Free
                } else {
                    Resolution::GlobalExplicit
                }
            } else if flag & (flags::ASSIGNED | flags::PARAMETER) != 0 {
                if kind == ScopeKind::Module {
                    Resolution::GlobalImplicit
                } else {
                    Resolution::Local
                }
            } else if enclosing_bound.contains(name) && kind != ScopeKind::Module {
                Resolution::Free
            } else {
                Resolution::GlobalImplicit
            };
            resolutions.insert(name.clone(), resolution);
        }
        if kind == ScopeKind::Class && self.scopes[index].needs_class_cell {
            resolutions.insert("__class__".to_owned(), Resolution::Cell);
        }

        // What children can see: a function's own locals join the bound set;
        // a class body's names are invisible to the methods inside it.
        let mut child_bound: Vec<String> = enclosing_bound.to_vec();
        if self.scopes[index].is_function_like() {
            for (name, resolution) in &resolutions {
                if matches!(resolution, Resolution::Local | Resolution::Free)
                    && !child_bound.contains(name)
                {
                    child_bound.push(name.clone());
                }
            }
        } else if kind == ScopeKind::Module {
            child_bound.clear();
        }
        child_bound.retain(|name| resolutions.get(name) != Some(&Resolution::GlobalExplicit));
        if kind == ScopeKind::Class && self.scopes[index].needs_class_cell {
            child_bound.push("__class__".to_owned());
        }

        let mut free_needed: Vec<String> = Vec::new();
        let children = self.scopes[index].children.clone();
        for child in children {
            for name in self.analyze_scope(child, &child_bound)? {
                if kind == ScopeKind::Class && name == "__class__" {
                    continue;
                }
                match resolutions.get(&name).copied() {
                    Some(Resolution::Cell) | Some(Resolution::GlobalExplicit) => {}
                    Some(Resolution::Local) if kind != ScopeKind::Class => {
                        resolutions.insert(name, Resolution::Cell);
                    }
                    // A class body passes its enclosing function's variables
                    // through to its methods, even ones it binds itself.
                    Some(Resolution::Local) | Some(Resolution::Free) => {
                        push_unique(&mut free_needed, &name);
                    }
                    None | Some(Resolution::GlobalImplicit) => {
                        self.scopes[index].add(&name, 0);
                        resolutions.insert(name.clone(), Resolution::Free);
                        push_unique(&mut free_needed, &name);
                    }
                }
            }
        }
        for (name, _) in &self.scopes[index].symbols {
            if resolutions.get(name) == Some(&Resolution::Free) {
                push_unique(&mut free_needed, name);
            }
        }

        let scope = &mut self.scopes[index];
        let mut cells: Vec<String> = scope
            .symbols
            .iter()
            .filter(|(name, _)| resolutions.get(name) == Some(&Resolution::Cell))
            .map(|(name, _)| name.clone())
            .collect();
        if kind == ScopeKind::Class && scope.needs_class_cell {
            cells.push("__class__".to_owned());
        }
        scope.cells = cells;
        scope.frees = free_needed.clone();
        scope.resolutions = resolutions;
        Ok(free_needed)
    }
}

fn push_unique(names: &mut Vec<String>, name: &str) {
    if !names.iter().any(|existing| existing == name) {
        names.push(name.to_owned());
    }
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    stack: Vec<usize>,
    pending_error: Option<CompileError>,
}

impl Builder {
    fn current(&mut self) -> &mut Scope {
        let index = *self.stack.last().expect("scope stack is never empty");
        &mut self.scopes[index]
    }

    fn error(&mut self, message: impl Into<String>, span: Span) {
        if self.pending_error.is_none() {
            self.pending_error = Some(CompileError::syntax(message, span));
        }
    }

    fn push_scope<T>(&mut self, node: &T, kind: ScopeKind, name: &str) -> usize {
        let index = self.scopes.len();
        self.scopes.push(Scope::new(kind, name.to_owned()));
        let parent = *self.stack.last().expect("scope stack is never empty");
        self.scopes[parent].children.push(index);
        self.by_node.insert(node as *const T as usize, index);
        self.stack.push(index);
        index
    }

    fn pop_scope(&mut self) {
        self.stack.pop();
    }

    fn bind(&mut self, name: &str) {
        self.current().add(name, flags::ASSIGNED);
    }

    fn use_name(&mut self, name: &str) {
        self.current().add(name, flags::USED);
        if name == "super" {
            self.mark_class_cell_use();
        }
    }

    /// `super()` and `__class__` need the enclosing class's `__class__`
    /// cell: the function gets it as a free variable.
    fn mark_class_cell_use(&mut self) {
        let class_scope = self
            .stack
            .iter()
            .rev()
            .copied()
            .find(|&i| self.scopes[i].kind == ScopeKind::Class);
        if let Some(class_scope) = class_scope {
            if self.stack.last() != Some(&class_scope) {
                self.scopes[class_scope].needs_class_cell = true;
                self.current().add("__class__", flags::USED);
            }
        }
    }

    fn visit_body(&mut self, body: &[Stmt]) {
        for stmt in body {
            self.visit_stmt(stmt);
        }
    }

    fn visit_stmt(&mut self, stmt: &Stmt) {
        match &stmt.kind {
            StmtKind::Expr(expr) => self.visit_expr(expr),
            StmtKind::Assign { targets, value } => {
                self.visit_expr(value);
                for target in targets {
                    self.visit_target(target);
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.visit_expr(value);
                if let ExprKind::Name(name) = &target.kind {
                    self.use_name(name);
                }
                self.visit_target(target);
            }
            StmtKind::AnnAssign { target, value, .. } => {
                if let Some(value) = value {
                    self.visit_expr(value);
                    self.visit_target(target);
                } else if let ExprKind::Name(name) = &target.kind {
                    // An annotation alone makes the name local (CPython).
                    if self.current().kind != ScopeKind::Module {
                        self.bind(name);
                    }
                } else {
                    self.visit_target_subexpressions(target);
                }
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.visit_expr(test);
                self.visit_body(body);
                self.visit_body(orelse);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.visit_expr(iter);
                self.visit_target(target);
                self.visit_body(body);
                self.visit_body(orelse);
            }
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass => {}
            StmtKind::Return(value) => {
                if let Some(value) = value {
                    self.visit_expr(value);
                }
            }
            StmtKind::FunctionDef(def) => {
                for decorator in &def.decorators {
                    self.visit_expr(decorator);
                }
                self.visit_parameter_defaults(&def.params);
                self.bind(&def.name);
                self.push_scope(&**def, ScopeKind::Function, &def.name);
                self.declare_parameters(&def.params);
                self.visit_body(&def.body);
                self.pop_scope();
            }
            StmtKind::ClassDef(class) => {
                for decorator in &class.decorators {
                    self.visit_expr(decorator);
                }
                for base in &class.bases {
                    self.visit_expr(base);
                }
                for keyword in &class.keywords {
                    self.visit_expr(&keyword.value);
                }
                self.bind(&class.name);
                self.push_scope(&**class, ScopeKind::Class, &class.name);
                self.visit_body(&class.body);
                self.pop_scope();
            }
            StmtKind::Try(try_) => {
                self.visit_body(&try_.body);
                for handler in &try_.handlers {
                    if let Some(type_) = &handler.type_ {
                        self.visit_expr(type_);
                    }
                    if let Some(name) = &handler.name {
                        self.bind(name);
                    }
                    self.visit_body(&handler.body);
                }
                self.visit_body(&try_.orelse);
                self.visit_body(&try_.finalbody);
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(exc) = exc {
                    self.visit_expr(exc);
                }
                if let Some(cause) = cause {
                    self.visit_expr(cause);
                }
            }
            StmtKind::Global(names) => self.declare(names, flags::GLOBAL, stmt.span),
            StmtKind::Nonlocal(names) => self.declare(names, flags::NONLOCAL, stmt.span),
            StmtKind::Assert { test, msg } => {
                self.visit_expr(test);
                if let Some(msg) = msg {
                    self.visit_expr(msg);
                }
            }
            StmtKind::Delete(targets) => {
                for target in targets {
                    self.visit_target(target);
                }
            }
            StmtKind::Import(aliases) => {
                for alias in aliases {
                    let bound = alias
                        .asname
                        .clone()
                        .unwrap_or_else(|| alias.name.split('.').next().unwrap_or("").to_owned());
                    self.bind(&bound);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for alias in names {
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name).clone();
                    self.bind(&bound);
                }
            }
        }
    }

    fn declare(&mut self, names: &[String], flag: u8, span: Span) {
        let kind = self.current().kind;
        if flag == flags::NONLOCAL && kind == ScopeKind::Module {
            self.error("nonlocal declaration not allowed at module level", span);
            return;
        }
        for name in names {
            let existing = self.current().flags(name);
            let (word, other) = if flag == flags::GLOBAL {
                ("global", "nonlocal")
            } else {
                ("nonlocal", "global")
            };
            if existing & flags::PARAMETER != 0 {
                self.error(format!("name '{name}' is parameter and {word}"), span);
            } else if existing & (flags::GLOBAL | flags::NONLOCAL) & !flag != 0 {
                self.error(format!("name '{name}' is {other} and {word}"), span);
            } else if existing & flags::ASSIGNED != 0 {
                self.error(
                    format!("name '{name}' is assigned to before {word} declaration"),
                    span,
                );
            } else if existing & flags::USED != 0 {
                self.error(
                    format!("name '{name}' is used prior to {word} declaration"),
                    span,
                );
            }
            self.current().add(name, flag);
            self.current()
                .declaration_spans
                .entry(name.clone())
                .or_insert(span);
        }
    }

    fn visit_parameter_defaults(&mut self, params: &Parameters) {
        for param in params.posonly.iter().chain(&params.args) {
            if let Some(default) = &param.default {
                self.visit_expr(default);
            }
        }
        for param in &params.kwonly {
            if let Some(default) = &param.default {
                self.visit_expr(default);
            }
        }
    }

    fn declare_parameters(&mut self, params: &Parameters) {
        let ordered = params
            .posonly
            .iter()
            .chain(&params.args)
            .chain(&params.kwonly)
            .chain(&params.vararg)
            .chain(&params.kwarg);
        for param in ordered {
            if self.current().flags(&param.name) & flags::PARAMETER != 0 {
                self.error(
                    format!("duplicate argument '{}' in function definition", param.name),
                    param.span,
                );
            }
            self.current().add(&param.name, flags::PARAMETER);
            self.current().parameters.push(param.name.clone());
        }
    }

    fn visit_target(&mut self, target: &Expr) {
        match &target.kind {
            ExprKind::Name(name) => self.bind(name),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for item in items {
                    self.visit_target(item);
                }
            }
            ExprKind::Starred(inner) => self.visit_target(inner),
            _ => self.visit_target_subexpressions(target),
        }
    }

    fn visit_target_subexpressions(&mut self, target: &Expr) {
        match &target.kind {
            ExprKind::Attribute { value, .. } => self.visit_expr(value),
            ExprKind::Subscript { value, index } => {
                self.visit_expr(value);
                self.visit_expr(index);
            }
            _ => self.visit_expr(target),
        }
    }

    fn visit_exprs(&mut self, exprs: &[Expr]) {
        for expr in exprs {
            self.visit_expr(expr);
        }
    }

    fn visit_expr(&mut self, expr: &Expr) {
        match &expr.kind {
            ExprKind::Name(name) => {
                self.use_name(name);
                if name == "__class__" {
                    self.mark_class_cell_use();
                }
            }
            ExprKind::Constant(_) => {}
            ExprKind::BinOp { left, right, .. } => {
                self.visit_expr(left);
                self.visit_expr(right);
            }
            ExprKind::UnaryOp { operand, .. } => self.visit_expr(operand),
            ExprKind::BoolOp { values, .. } => self.visit_exprs(values),
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.visit_expr(left);
                self.visit_exprs(comparators);
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.visit_expr(test);
                self.visit_expr(body);
                self.visit_expr(orelse);
            }
            ExprKind::NamedExpr { target, value } => {
                self.visit_expr(value);
                if let ExprKind::Name(name) = &target.kind {
                    self.bind_named_expression_target(name, target.span);
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.visit_expr(func);
                self.visit_exprs(args);
                for keyword in keywords {
                    self.visit_expr(&keyword.value);
                }
            }
            ExprKind::Attribute { value, .. } => self.visit_expr(value),
            ExprKind::Subscript { value, index } => {
                self.visit_expr(value);
                self.visit_expr(index);
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.visit_expr(part);
                }
            }
            ExprKind::Starred(inner) => self.visit_expr(inner),
            ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => {
                self.visit_exprs(items)
            }
            ExprKind::Dict { keys, values } => {
                for key in keys.iter().flatten() {
                    self.visit_expr(key);
                }
                self.visit_exprs(values);
            }
            ExprKind::ListComp { elt, generators } => {
                self.visit_comprehension(expr, ComprehensionKind::List, &[elt], generators)
            }
            ExprKind::SetComp { elt, generators } => {
                self.visit_comprehension(expr, ComprehensionKind::Set, &[elt], generators)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.visit_comprehension(expr, ComprehensionKind::Dict, &[key, value], generators),
            ExprKind::GeneratorExp { elt, generators } => {
                self.visit_comprehension(expr, ComprehensionKind::Generator, &[elt], generators)
            }
            ExprKind::Lambda { params, body } => {
                self.visit_parameter_defaults(params);
                self.push_scope(expr, ScopeKind::Lambda, "<lambda>");
                self.declare_parameters(params);
                self.visit_expr(body);
                self.pop_scope();
            }
            ExprKind::Yield(value) => {
                self.note_yield(expr.span);
                if let Some(value) = value {
                    self.visit_expr(value);
                }
            }
            ExprKind::YieldFrom(value) => {
                self.note_yield(expr.span);
                self.visit_expr(value);
            }
            ExprKind::FString(parts) => self.visit_fstring(parts),
        }
    }

    fn visit_fstring(&mut self, parts: &[FStringPart]) {
        for part in parts {
            if let FStringPart::Field(field) = part {
                self.visit_expr(&field.value);
                if let Some(spec) = &field.format_spec {
                    self.visit_fstring(spec);
                }
            }
        }
    }

    fn note_yield(&mut self, span: Span) {
        match self.current().kind {
            ScopeKind::Module | ScopeKind::Class => self.error("'yield' outside function", span),
            ScopeKind::Comprehension(kind) => {
                self.error(format!("'yield' inside {}", kind.description()), span)
            }
            ScopeKind::Function | ScopeKind::Lambda => self.current().is_generator = true,
        }
    }

    /// PEP 572: `:=` in a comprehension binds in the enclosing function (or
    /// module) scope, not in the comprehension.
    fn bind_named_expression_target(&mut self, name: &str, span: Span) {
        if !matches!(self.current().kind, ScopeKind::Comprehension(_)) {
            self.bind(name);
            return;
        }
        let target_scope = self
            .stack
            .iter()
            .rev()
            .copied()
            .find(|&i| !matches!(self.scopes[i].kind, ScopeKind::Comprehension(_)));
        let Some(target_scope) = target_scope else {
            return;
        };
        if self.scopes[target_scope].kind == ScopeKind::Class {
            self.error(
                "assignment expression within a comprehension cannot be used in a class body",
                span,
            );
            return;
        }
        self.scopes[target_scope].add(name, flags::ASSIGNED);
        let depth = self.stack.len();
        for position in (0..depth).rev() {
            let index = self.stack[position];
            if index == target_scope {
                break;
            }
            self.scopes[index].add(name, flags::COMPREHENSION_TARGET);
        }
    }

    fn visit_comprehension(
        &mut self,
        node: &Expr,
        kind: ComprehensionKind,
        elements: &[&Expr],
        generators: &[Comprehension],
    ) {
        let Some((first, rest)) = generators.split_first() else {
            return;
        };
        // The outermost iterable is evaluated in the enclosing scope.
        self.visit_expr(&first.iter);
        self.push_scope(node, ScopeKind::Comprehension(kind), kind.code_name());
        self.current().add(".0", flags::PARAMETER);
        self.current().parameters.push(".0".to_owned());
        self.visit_comprehension_target(&first.target);
        self.visit_exprs(&first.ifs);
        for generator in rest {
            self.visit_expr(&generator.iter);
            self.visit_comprehension_target(&generator.target);
            self.visit_exprs(&generator.ifs);
        }
        for element in elements {
            self.visit_expr(element);
        }
        if kind == ComprehensionKind::Generator {
            self.current().is_generator = true;
        }
        self.pop_scope();
    }

    fn visit_comprehension_target(&mut self, target: &Expr) {
        self.visit_target(target);
    }
}
