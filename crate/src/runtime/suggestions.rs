//! CPython 3.11's "Did you mean" hints for `NameError` and
//! `AttributeError`: a Levenshtein distance with cheap case changes, over
//! the names in scope in the order CPython lists them.

use crate::runtime::builtins::types::ExcType;
use crate::runtime::exceptions::Exc;
use crate::runtime::frame::Frame;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

const MAX_CANDIDATES: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

/// The built-in namespace in CPython 3.11's dict order (ties between equally
/// close names go to the first).
const BUILTIN_ORDER: &[&str] = &[
    "__name__",
    "__doc__",
    "__package__",
    "__loader__",
    "__spec__",
    "__build_class__",
    "__import__",
    "abs",
    "all",
    "any",
    "ascii",
    "bin",
    "breakpoint",
    "callable",
    "chr",
    "compile",
    "delattr",
    "dir",
    "divmod",
    "eval",
    "exec",
    "format",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "hex",
    "id",
    "input",
    "isinstance",
    "issubclass",
    "iter",
    "aiter",
    "len",
    "locals",
    "max",
    "min",
    "next",
    "anext",
    "oct",
    "ord",
    "pow",
    "print",
    "repr",
    "round",
    "setattr",
    "sorted",
    "sum",
    "vars",
    "None",
    "Ellipsis",
    "NotImplemented",
    "False",
    "True",
    "bool",
    "memoryview",
    "bytearray",
    "bytes",
    "classmethod",
    "complex",
    "dict",
    "enumerate",
    "filter",
    "float",
    "frozenset",
    "property",
    "int",
    "list",
    "map",
    "object",
    "range",
    "reversed",
    "set",
    "slice",
    "staticmethod",
    "str",
    "super",
    "tuple",
    "type",
    "zip",
    "__debug__",
    "BaseException",
    "BaseExceptionGroup",
    "Exception",
    "GeneratorExit",
    "KeyboardInterrupt",
    "SystemExit",
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BufferError",
    "EOFError",
    "ImportError",
    "LookupError",
    "MemoryError",
    "NameError",
    "OSError",
    "ReferenceError",
    "RuntimeError",
    "StopAsyncIteration",
    "StopIteration",
    "SyntaxError",
    "SystemError",
    "TypeError",
    "ValueError",
    "Warning",
    "FloatingPointError",
    "OverflowError",
    "ZeroDivisionError",
    "BytesWarning",
    "DeprecationWarning",
    "EncodingWarning",
    "FutureWarning",
    "ImportWarning",
    "PendingDeprecationWarning",
    "ResourceWarning",
    "RuntimeWarning",
    "SyntaxWarning",
    "UnicodeWarning",
    "UserWarning",
    "BlockingIOError",
    "ChildProcessError",
    "ConnectionError",
    "FileExistsError",
    "FileNotFoundError",
    "InterruptedError",
    "IsADirectoryError",
    "NotADirectoryError",
    "PermissionError",
    "ProcessLookupError",
    "TimeoutError",
    "IndentationError",
    "IndexError",
    "KeyError",
    "ModuleNotFoundError",
    "NotImplementedError",
    "RecursionError",
    "UnboundLocalError",
    "UnicodeError",
    "BrokenPipeError",
    "ConnectionAbortedError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "TabError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "UnicodeTranslateError",
    "ExceptionGroup",
    "EnvironmentError",
    "IOError",
    "open",
    "quit",
    "exit",
    "copyright",
    "credits",
    "license",
    "help",
];

/// What a module's dict holds before the program's own names.
const MODULE_DUNDERS: &[&str] = &[
    "__name__",
    "__doc__",
    "__package__",
    "__loader__",
    "__spec__",
    "__annotations__",
    "__builtins__",
    "__file__",
    "__cached__",
];

fn substitution_cost(a: u8, b: u8) -> usize {
    if (a & 31) != (b & 31) {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

fn distance(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let mut a = a;
    let mut b = b;
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (b_index, &code) in b.iter().enumerate() {
        let mut previous = b_index * MOVE_COST;
        result = previous;
        let mut minimum = usize::MAX;
        for (index, &a_code) in a.iter().enumerate() {
            let substitute = previous + substitution_cost(code, a_code);
            previous = row[index];
            let insert_delete = result.min(previous) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The closest candidate to `name`, if close enough.
pub fn suggest(name: &str, candidates: &[String]) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATES {
        return None;
    }
    let mut best: Option<(&String, usize)> = None;
    for candidate in candidates {
        if candidate == name {
            continue;
        }
        let mut max_distance = (name.len() + candidate.len() + 3) * MOVE_COST / 6;
        if let Some((_, best_distance)) = best {
            max_distance = max_distance.min(best_distance.saturating_sub(1));
        }
        let current = distance(name.as_bytes(), candidate.as_bytes(), max_distance);
        if current > max_distance {
            continue;
        }
        if best.is_none_or(|(_, best_distance)| current < best_distance) {
            best = Some((candidate, current));
        }
    }
    best.map(|(candidate, _)| candidate.clone())
}

impl Vm {
    /// `name 'x' is not defined`, with the hint CPython computes from the
    /// frame's locals, then the module's globals, then the builtins.
    pub fn name_error(&mut self, name: &str, frame: &Frame) -> Exc {
        let locals: Vec<String> = frame
            .code
            .local_names
            .iter()
            .zip(&frame.locals)
            .filter(|(_, value)| value.is_some())
            .map(|(local, _)| local.to_string())
            .chain(
                frame
                    .code
                    .cell_names
                    .iter()
                    .chain(&frame.code.free_names)
                    .map(|n| n.to_string()),
            )
            .collect();
        let globals: Vec<String> = MODULE_DUNDERS
            .iter()
            .map(|n| n.to_string())
            .chain(
                self.global_order
                    .iter()
                    .map(|&slot| self.program.global_names[slot as usize].to_string()),
            )
            .collect();
        let builtins: Vec<String> = BUILTIN_ORDER.iter().map(|n| n.to_string()).collect();
        let suggestion = [locals, globals, builtins]
            .iter()
            .find_map(|candidates| suggest(name, candidates));
        let exception = self.new_exception(
            ExcType::NameError,
            vec![Value::string(format!("name '{name}' is not defined"))],
        );
        if let Value::Instance(instance) = &exception {
            if let Some(data) = &instance.exception {
                data.borrow_mut().suggestion = suggestion;
            }
        }
        Exc::object(exception)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|n| n.to_string()).collect()
    }

    #[test]
    fn suggests_close_names_like_cpython() {
        assert_eq!(
            suggest("apend", &names(&["append", "extend"])),
            Some("append".into())
        );
        assert_eq!(
            suggest("countr", &names(&["counter", "total"])),
            Some("counter".into())
        );
        assert_eq!(suggest("xyz", &names(&["append"])), None);
        assert_eq!(
            suggest("value", &names(&["False", "values"])),
            Some("values".into())
        );
    }
}
