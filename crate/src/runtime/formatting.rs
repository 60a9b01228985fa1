//! f-string fields, `format()`, `str.format` and `%`-formatting, over the
//! text module's CPython-exact format-spec implementation.

use crate::compiler::code::FormatFlags;
use crate::runtime::calls::{Args, Called};
use crate::runtime::delivery::Requester;
use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::limits::{check_length, memory_error};
use crate::runtime::native::NativeTask;
use crate::runtime::stringify::{Piece, Purpose, StringifyTask};
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use crate::text::format_spec::{
    format_float, format_int, format_str, parse_format_spec, FormatError, FormatErrorKind,
    FormatSpec,
};
use crate::text::printf::{printf_format, PrintfArg, PrintfArgs, PrintfErrorKind};

fn format_error(error: FormatError) -> Exc {
    match error.kind {
        FormatErrorKind::ValueError => Exc::value_error(error.message),
        _ => Exc::overflow(error.message),
    }
}

/// Parses a format spec, refusing widths and precisions that would pad
/// the text beyond what the VM builds.
fn parse_spec(spec: &str, type_name: &str) -> PyResult<FormatSpec> {
    let parsed = parse_format_spec(spec, type_name).map_err(format_error)?;
    check_length(parsed.width.unwrap_or(0))?;
    if type_name == "float" {
        check_length(parsed.precision.unwrap_or(0))?;
    }
    Ok(parsed)
}

impl Vm {
    /// An f-string field (or `format(value, spec)`): `conversion` is one of
    /// the `FormatFlags` conversions, 0 for none.
    pub fn format_value(
        &mut self,
        value: Value,
        conversion: u32,
        spec: Option<Value>,
    ) -> PyResult<Called> {
        let spec = match spec {
            None => String::new(),
            Some(Value::Str(text)) => text.as_str().to_owned(),
            Some(other) => {
                return Err(Exc::type_error(format!(
                    "format() argument 2 must be str, not {}",
                    other.qualified_type_name()
                )))
            }
        };
        let requester = Requester::Push { default: None };
        match conversion {
            FormatFlags::CONVERT_STR | FormatFlags::CONVERT_REPR => {
                let repr = conversion == FormatFlags::CONVERT_REPR;
                let purpose = if spec.is_empty() {
                    Purpose::Text
                } else {
                    Purpose::Format(spec)
                };
                self.stringify(value, repr, purpose, &requester)
            }
            FormatFlags::CONVERT_ASCII => {
                let text = crate::runtime::builtins::to_ascii(&self.repr_native(&value));
                Ok(Called::Value(self.format_text(&text, &spec)?))
            }
            _ => {
                if let Some(text) = self.format_native(&value, &spec)? {
                    return Ok(Called::Value(Value::string(text)));
                }
                if spec.is_empty() {
                    return self.stringify(value, false, Purpose::Text, &requester);
                }
                Err(Exc::type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    value.qualified_type_name()
                )))
            }
        }
    }

    /// `format(value, spec)` for the built-in types that define
    /// `__format__`; `None` for objects (which use `str()`).
    pub fn format_native(&self, value: &Value, spec: &str) -> PyResult<Option<String>> {
        let text = match value {
            Value::Str(text) => {
                if spec.is_empty() {
                    return Ok(Some(text.as_str().to_owned()));
                }
                let parsed = parse_spec(spec, "str")?;
                format_str(text.as_str(), &parsed).map_err(format_error)?
            }
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
                if spec.is_empty() {
                    self.check_int_text(value)?;
                    return Ok(Some(self.str_native(value)));
                }
                let type_name = if matches!(value, Value::Bool(_)) {
                    "bool"
                } else {
                    "int"
                };
                let parsed = parse_spec(spec, type_name)?;
                let number = match value {
                    Value::Int(i) => num_bigint::BigInt::from(*i),
                    Value::BigInt(i) => (**i).clone(),
                    Value::Bool(b) => num_bigint::BigInt::from(u8::from(*b)),
                    _ => unreachable!("matched ints above"),
                };
                format_int(&number, &parsed, type_name).map_err(format_error)?
            }
            Value::Float(f) => {
                if spec.is_empty() {
                    return Ok(Some(self.repr_native(value)));
                }
                let parsed = parse_spec(spec, "float")?;
                format_float(*f, &parsed).map_err(format_error)?
            }
            _ => return Ok(None),
        };
        Ok(Some(text))
    }

    /// Applies a format spec to already-converted text (`{x!r:>10}`).
    pub fn format_text(&self, text: &str, spec: &str) -> PyResult<Value> {
        if spec.is_empty() {
            return Ok(Value::str(text));
        }
        let parsed = parse_spec(spec, "str")?;
        Ok(Value::string(
            format_str(text, &parsed).map_err(format_error)?,
        ))
    }

    /// `template % args`
    pub fn printf(&mut self, template: &str, args: &Value) -> PyResult<Value> {
        let convert = |vm: &Vm, value: &Value| -> PrintfArg {
            match value {
                Value::Int(i) => PrintfArg::Int(num_bigint::BigInt::from(*i)),
                Value::BigInt(i) => PrintfArg::Int((**i).clone()),
                Value::Bool(b) => PrintfArg::Bool(*b),
                Value::Float(f) => PrintfArg::Float(*f),
                Value::Str(s) => PrintfArg::Str(s.as_str().to_owned()),
                other => PrintfArg::Other {
                    type_name: other.qualified_type_name().to_string(),
                    str_text: vm.str_native(other),
                    repr_text: vm.repr_native(other),
                },
            }
        };
        let result = match args {
            Value::Tuple(tuple) => {
                let converted: Vec<PrintfArg> =
                    tuple.items.iter().map(|item| convert(self, item)).collect();
                printf_format(template, PrintfArgs::Tuple(&converted))
            }
            Value::Dict(dict) => {
                let single = convert(self, args);
                let dict = dict.clone();
                let vm: &Vm = self;
                let mut lookup =
                    |key: &str| -> Result<Option<PrintfArg>, crate::text::printf::PrintfError> {
                        Ok(vm
                            .dict_get(&dict, &Value::str(key))
                            .ok()
                            .flatten()
                            .map(|value| convert(vm, &value)))
                    };
                printf_format(
                    template,
                    PrintfArgs::Single {
                        value: &single,
                        mapping: Some(&mut lookup),
                    },
                )
            }
            other => {
                let single = convert(self, other);
                printf_format(
                    template,
                    PrintfArgs::Single {
                        value: &single,
                        mapping: None,
                    },
                )
            }
        };
        result.map(Value::string).map_err(|error| match error.kind {
            PrintfErrorKind::TypeError => Exc::type_error(error.message),
            PrintfErrorKind::ValueError => Exc::value_error(error.message),
            PrintfErrorKind::OverflowError => Exc::overflow(error.message),
            PrintfErrorKind::MemoryError => memory_error(),
            PrintfErrorKind::KeyError => Exc::key_error(Value::string(error.message)),
        })
    }

    /// `template.format(*args, **kwargs)`.
    pub fn str_format(
        &mut self,
        template: &str,
        args: Args,
        requester: &Requester,
    ) -> PyResult<Called> {
        let mut pieces = Vec::new();
        let mut auto_index = 0usize;
        let mut manual = false;
        let chars: Vec<char> = template.chars().collect();
        let mut literal = String::new();
        let mut position = 0;
        while position < chars.len() {
            let c = chars[position];
            if c == '{' && chars.get(position + 1) == Some(&'{') {
                literal.push('{');
                position += 2;
                continue;
            }
            if c == '}' {
                if chars.get(position + 1) == Some(&'}') {
                    literal.push('}');
                    position += 2;
                    continue;
                }
                return Err(Exc::value_error("Single '}' encountered in format string"));
            }
            if c != '{' {
                literal.push(c);
                position += 1;
                continue;
            }
            let (field, next) = read_field(&chars, position + 1)?;
            position = next;
            if !literal.is_empty() {
                pieces.push(Piece::Text(std::mem::take(&mut literal)));
            }
            let (reference, conversion, spec) = split_field(&field)?;
            let value = self.resolve_field(&reference, &args, &mut auto_index, &mut manual)?;
            let spec = if spec.contains('{') {
                self.expand_nested_spec(&spec, &args, &mut auto_index, &mut manual)?
            } else {
                spec
            };
            pieces.push(match (conversion, spec.is_empty()) {
                (Some('r'), true) => Piece::Repr(value),
                (Some('s'), true) | (None, true) => match self.format_native(&value, "")? {
                    Some(text) => Piece::Text(text),
                    None => Piece::Str(value),
                },
                (Some('a'), _) => {
                    let text = crate::runtime::builtins::to_ascii(&self.repr_native(&value));
                    match self.format_text(&text, &spec)? {
                        Value::Str(s) => Piece::Text(s.as_str().to_owned()),
                        _ => Piece::Text(String::new()),
                    }
                }
                (Some(conversion), false) => {
                    let text = if conversion == 'r' {
                        self.repr_native(&value)
                    } else {
                        self.str_native(&value)
                    };
                    match self.format_text(&text, &spec)? {
                        Value::Str(s) => Piece::Text(s.as_str().to_owned()),
                        _ => Piece::Text(String::new()),
                    }
                }
                (None, false) => match self.format_native(&value, &spec)? {
                    Some(text) => Piece::Text(text),
                    None => {
                        return Err(Exc::type_error(format!(
                            "unsupported format string passed to {}.__format__",
                            value.qualified_type_name()
                        )))
                    }
                },
                (Some(other), true) => {
                    return Err(Exc::value_error(format!(
                        "Unknown conversion specifier {other}"
                    )))
                }
            });
        }
        if !literal.is_empty() {
            pieces.push(Piece::Text(literal));
        }
        if pieces.iter().all(|piece| matches!(piece, Piece::Text(_))) {
            let text: String = pieces
                .into_iter()
                .map(|piece| match piece {
                    Piece::Text(text) => text,
                    _ => String::new(),
                })
                .collect();
            return Ok(Called::Value(Value::string(text)));
        }
        let task = StringifyTask::pieces(pieces);
        self.run_native(NativeTask::Stringify(task), requester)
    }

    fn resolve_field(
        &mut self,
        reference: &str,
        args: &Args,
        auto_index: &mut usize,
        manual: &mut bool,
    ) -> PyResult<Value> {
        let (head, accessors) = split_reference(reference);
        let mut value = if head.is_empty() {
            if *manual {
                return Err(Exc::value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            let index = *auto_index;
            *auto_index += 1;
            args.positional.get(index).cloned().ok_or_else(|| {
                Exc::index_error(format!(
                    "Replacement index {index} out of range for positional args tuple"
                ))
            })?
        } else if let Ok(index) = head.parse::<usize>() {
            if *auto_index > 0 {
                return Err(Exc::value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            *manual = true;
            args.positional.get(index).cloned().ok_or_else(|| {
                Exc::index_error(format!(
                    "Replacement index {index} out of range for positional args tuple"
                ))
            })?
        } else {
            args.keywords
                .iter()
                .find(|(name, _)| &**name == head)
                .map(|(_, value)| value.clone())
                .ok_or_else(|| Exc::key_error(Value::str(head)))?
        };
        for accessor in accessors {
            value = match accessor {
                Accessor::Attribute(name) => {
                    self.get_attribute(&value, &std::rc::Rc::from(name.as_str()))?
                }
                Accessor::Index(key) => {
                    let key = match key.parse::<i64>() {
                        Ok(number) => Value::Int(number),
                        Err(_) => Value::string(key),
                    };
                    match self.subscript_fast(&value, &key)? {
                        Some(found) => found,
                        None => match &value {
                            Value::Dict(dict) => self
                                .dict_get(dict, &key)?
                                .ok_or_else(|| Exc::key_error(key.clone()))?,
                            other => {
                                return Err(Exc::type_error(format!(
                                    "'{}' object is not subscriptable",
                                    other.qualified_type_name()
                                )))
                            }
                        },
                    }
                }
            };
        }
        Ok(value)
    }

    fn expand_nested_spec(
        &mut self,
        spec: &str,
        args: &Args,
        auto_index: &mut usize,
        manual: &mut bool,
    ) -> PyResult<String> {
        let mut out = String::new();
        let chars: Vec<char> = spec.chars().collect();
        let mut position = 0;
        while position < chars.len() {
            if chars[position] == '{' {
                let (field, next) = read_field(&chars, position + 1)?;
                position = next;
                let value = self.resolve_field(&field, args, auto_index, manual)?;
                out.push_str(&self.str_native(&value));
            } else {
                out.push(chars[position]);
                position += 1;
            }
        }
        Ok(out)
    }
}

enum Accessor {
    Attribute(String),
    Index(String),
}

/// Reads a replacement field after its `{`; returns its text and the
/// position after the closing `}`.
fn read_field(chars: &[char], start: usize) -> PyResult<(String, usize)> {
    let mut depth = 1;
    let mut position = start;
    let mut field = String::new();
    while position < chars.len() {
        match chars[position] {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Ok((field, position + 1));
                }
            }
            _ => {}
        }
        field.push(chars[position]);
        position += 1;
    }
    Err(Exc::value_error("expected '}' before end of string"))
}

/// `name.attr[key]!r:spec` into reference, conversion and spec.
fn split_field(field: &str) -> PyResult<(String, Option<char>, String)> {
    let mut reference = String::new();
    let mut conversion = None;
    let mut spec = String::new();
    let mut chars = field.chars().peekable();
    let mut in_brackets = false;
    while let Some(c) = chars.next() {
        match c {
            '[' => {
                in_brackets = true;
                reference.push(c);
            }
            ']' => {
                in_brackets = false;
                reference.push(c);
            }
            '!' if !in_brackets => {
                conversion = chars.next();
                match chars.next() {
                    None => {}
                    Some(':') => spec = chars.by_ref().collect(),
                    Some(_) => {
                        return Err(Exc::value_error("expected ':' after conversion specifier"))
                    }
                }
                break;
            }
            ':' if !in_brackets => {
                spec = chars.by_ref().collect();
                break;
            }
            _ => reference.push(c),
        }
    }
    Ok((reference, conversion, spec))
}

fn split_reference(reference: &str) -> (&str, Vec<Accessor>) {
    let end = reference.find(['.', '[']).unwrap_or(reference.len());
    let head = &reference[..end];
    let mut accessors = Vec::new();
    let mut rest = &reference[end..];
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('.') {
            let stop = after.find(['.', '[']).unwrap_or(after.len());
            accessors.push(Accessor::Attribute(after[..stop].to_owned()));
            rest = &after[stop..];
        } else if let Some(after) = rest.strip_prefix('[') {
            let stop = after.find(']').unwrap_or(after.len());
            accessors.push(Accessor::Index(after[..stop].to_owned()));
            rest = after.get(stop + 1..).unwrap_or("");
        } else {
            break;
        }
    }
    (head, accessors)
}
