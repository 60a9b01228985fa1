//! `str` methods, over the text module's CPython-exact implementations.

use std::rc::Rc;

use super::method_table;
use crate::runtime::calls::{Args, Called};
use crate::runtime::consumers::Sink;
use crate::runtime::delivery::Requester;
use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::limits::check_length;
use crate::runtime::objects::PyStr;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use crate::text::str_methods as text;

method_table!(STR_METHODS, "str", {
    "upper" => upper,
    "lower" => lower,
    "casefold" => casefold,
    "title" => title,
    "capitalize" => capitalize,
    "swapcase" => swapcase,
    "strip" => strip,
    "lstrip" => lstrip,
    "rstrip" => rstrip,
    "split" => split,
    "rsplit" => rsplit,
    "splitlines" => splitlines,
    "join" => join,
    "replace" => replace,
    "startswith" => startswith,
    "endswith" => endswith,
    "find" => find,
    "rfind" => rfind,
    "index" => index,
    "rindex" => rindex,
    "count" => count,
    "format" => format,
    "center" => center,
    "ljust" => ljust,
    "rjust" => rjust,
    "zfill" => zfill,
    "expandtabs" => expandtabs,
    "partition" => partition,
    "rpartition" => rpartition,
    "removeprefix" => removeprefix,
    "removesuffix" => removesuffix,
    "isdigit" => isdigit,
    "isdecimal" => isdecimal,
    "isnumeric" => isnumeric,
    "isalpha" => isalpha,
    "isalnum" => isalnum,
    "isspace" => isspace,
    "isupper" => isupper,
    "islower" => islower,
    "istitle" => istitle,
    "isidentifier" => isidentifier,
    "isprintable" => isprintable,
    "isascii" => isascii,
});

fn receiver(value: &Value, method: &str) -> PyResult<Rc<PyStr>> {
    match value {
        Value::Str(text) => Ok(text.clone()),
        other => Err(Exc::type_error(format!(
            "descriptor '{method}' for 'str' objects doesn't apply to a '{}' object",
            other.qualified_type_name()
        ))),
    }
}

fn string_value(text: impl Into<String>) -> PyResult<Called> {
    Ok(Called::Value(Value::string(text.into())))
}

fn no_arguments(args: &Args, method: &str) -> PyResult<()> {
    args.reject_keywords(method)?;
    if !args.positional.is_empty() {
        return Err(Exc::type_error(format!(
            "str.{method}() takes no arguments ({} given)",
            args.positional.len()
        )));
    }
    Ok(())
}

fn str_argument<'a>(value: &'a Value, method: &str, position: usize) -> PyResult<&'a str> {
    match value {
        Value::Str(text) => Ok(text.as_str()),
        other => Err(Exc::type_error(format!(
            "{method}() argument {position} must be str, not {}",
            other.qualified_type_name()
        ))),
    }
}

fn optional_str(value: Option<&Value>) -> PyResult<Option<&str>> {
    match value {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(text)) => Ok(Some(text.as_str())),
        Some(other) => Err(Exc::type_error(format!(
            "must be str or None, not {}",
            other.qualified_type_name()
        ))),
    }
}

fn int_argument(value: &Value) -> PyResult<i64> {
    match value {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(i64::from(*b)),
        Value::BigInt(_) => Err(Exc::overflow(
            "Python int too large to convert to C ssize_t",
        )),
        other => Err(Exc::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.qualified_type_name()
        ))),
    }
}

fn optional_index(value: Option<&Value>) -> PyResult<Option<i64>> {
    match value {
        None | Some(Value::None) => Ok(None),
        Some(value) => int_argument(value).map(Some),
    }
}

macro_rules! case_method {
    ($name:ident, $function:path) => {
        fn $name(
            _vm: &mut Vm,
            receiver_value: Value,
            args: Args,
            _requester: &Requester,
        ) -> PyResult<Called> {
            let value = receiver(&receiver_value, stringify!($name))?;
            no_arguments(&args, stringify!($name))?;
            string_value($function(value.as_str()))
        }
    };
}

case_method!(upper, text::upper);
case_method!(lower, text::lower);
case_method!(casefold, text::casefold);
case_method!(title, text::title);
case_method!(capitalize, text::capitalize);
case_method!(swapcase, text::swapcase);

macro_rules! predicate_method {
    ($name:ident, $function:path) => {
        fn $name(
            _vm: &mut Vm,
            receiver_value: Value,
            args: Args,
            _requester: &Requester,
        ) -> PyResult<Called> {
            let value = receiver(&receiver_value, stringify!($name))?;
            no_arguments(&args, stringify!($name))?;
            Ok(Called::Value(Value::Bool($function(value.as_str()))))
        }
    };
}

predicate_method!(isdigit, text::isdigit);
predicate_method!(isdecimal, text::isdecimal);
predicate_method!(isnumeric, text::isnumeric);
predicate_method!(isalpha, text::isalpha);
predicate_method!(isalnum, text::isalnum);
predicate_method!(isspace, text::isspace);
predicate_method!(isupper, text::isupper);
predicate_method!(islower, text::islower);
predicate_method!(istitle, text::istitle);
predicate_method!(isidentifier, text::isidentifier);
predicate_method!(isprintable, text::isprintable);
predicate_method!(isascii, text::isascii);

fn strip_with(
    receiver_value: Value,
    args: Args,
    method: &str,
    strip: for<'a> fn(&'a str, Option<&str>) -> &'a str,
) -> PyResult<Called> {
    let value = receiver(&receiver_value, method)?;
    args.reject_keywords(method)?;
    args.expect_count(method, 0, 1)?;
    let chars = optional_str(args.positional.first())?;
    string_value(strip(value.as_str(), chars))
}

fn strip(
    _vm: &mut Vm,
    receiver_value: Value,
    args: Args,
    _requester: &Requester,
) -> PyResult<Called> {
    strip_with(receiver_value, args, "strip", text::strip)
}

fn lstrip(
    _vm: &mut Vm,
    receiver_value: Value,
    args: Args,
    _requester: &Requester,
) -> PyResult<Called> {
    strip_with(receiver_value, args, "lstrip", text::lstrip)
}

fn rstrip(
    _vm: &mut Vm,
    receiver_value: Value,
    args: Args,
    _requester: &Requester,
) -> PyResult<Called> {
    strip_with(receiver_value, args, "rstrip", text::rstrip)
}

fn split_arguments(mut args: Args, method: &str) -> PyResult<(Option<Value>, Option<usize>)> {
    let separator = args.take_keyword("sep");
    let maxsplit = args.take_keyword("maxsplit");
    args.reject_unexpected_keywords(method)?;
    args.expect_count(method, 0, 2)?;
    let mut positional = args.positional.into_iter();
    let separator = positional.next().or(separator);
    let maxsplit = match positional.next().or(maxsplit) {
        None => None,
        Some(value) => {
            let n = int_argument(&value)?;
            (n >= 0).then(|| usize::try_from(n).unwrap_or(usize::MAX))
        }
    };
    Ok((separator, maxsplit))
}

fn split_with(
    vm: &mut Vm,
    receiver_value: Value,
    args: Args,
    method: &str,
    split: for<'a> fn(&'a str, Option<&str>, Option<usize>) -> Vec<&'a str>,
) -> PyResult<Called> {
    let value = receiver(&receiver_value, method)?;
    let (separator, maxsplit) = split_arguments(args, method)?;
    let separator = optional_str(separator.as_ref())?;
    if separator == Some("") {
        return Err(Exc::value_error("empty separator"));
    }
    let parts: Vec<Value> = split(value.as_str(), separator, maxsplit)
        .into_iter()
        .map(Value::str)
        .collect();
    Ok(Called::Value(vm.new_list(parts)))
}

fn split(
    vm: &mut Vm,
    receiver_value: Value,
    args: Args,
    _requester: &Requester,
) -> PyResult<Called> {
    split_with(vm, receiver_value, args, "split", text::split)
}

fn rsplit(
    vm: &mut Vm,
    receiver_value: Value,
    args: Args,
    _requester: &Requester,
) -> PyResult<Called> {
    split_with(vm, receiver_value, args, "rsplit", text::rsplit)
}

fn splitlines(
    vm: &mut Vm,
    receiver_value: Value,
    mut args: Args,
    _requester: &Requester,
) -> PyResult<Called> {
    let value = receiver(&receiver_value, "splitlines")?;
    let keepends_keyword = args.take_keyword("keepends");
    args.reject_unexpected_keywords("splitlines")?;
    let keepends = args
        .positional
        .first()
        .cloned()
        .or(keepends_keyword)
        .is_some_and(|flag| vm.truth_fast(&flag).unwrap_or(true));
    let parts: Vec<Value> = text::splitlines(value.as_str(), keepends)
        .into_iter()
        .map(Value::str)
        .collect();
    Ok(Called::Value(vm.new_list(parts)))
}

fn join(vm: &mut Vm, receiver_value: Value, args: Args, requester: &Requester) -> PyResult<Called> {
    let separator = receiver(&receiver_value, "join")?;
    args.reject_keywords("join")?;
    args.expect_count("str.join", 1, 1)?;
    let iterable = args.positional.into_iter().next().unwrap_or(Value::None);
    if let Value::List(list) = &iterable {
        let items = list.items.borrow();
        let mut pieces = Vec::with_capacity(items.len());
        for (index, item) in items.iter().enumerate() {
            match item {
                Value::Str(piece) => pieces.push(piece.as_str()),
                other => {
                    return Err(Exc::type_error(format!(
                        "sequence item {index}: expected str instance, {} found",
                        other.qualified_type_name()
                    )))
                }
            }
        }
        return string_value(pieces.join(separator.as_str()));
    }
    if !vm.is_iterable(&iterable) {
        return Err(Exc::type_error("can only join an iterable"));
    }
    let sink = Sink::Join {
        separator,
        text: String::new(),
        count: 0,
    };
    vm.consume_call("join", iterable, sink, requester)
}

fn replace(
    _vm: &mut Vm,
    receiver_value: Value,
    args: Args,
    _requester: &Requester,
) -> PyResult<Called> {
    let value = receiver(&receiver_value, "replace")?;
    args.reject_keywords("replace")?;
    args.expect_count("replace", 2, 3)?;
    let old = str_argument(&args.positional[0], "replace", 1)?;
    let new = str_argument(&args.positional[1], "replace", 2)?;
    let count = match args.positional.get(2) {
        None => None,
        Some(value) => {
            let n = int_argument(value)?;
            (n >= 0).then(|| usize::try_from(n).unwrap_or(usize::MAX))
        }
    };
    if new.len() > old.len() {
        let occurrences = if old.is_empty() {
            value.char_len() + 1
        } else {
            value.as_str().matches(old).count()
        };
        let replaced = count.map_or(occurrences, |count| count.min(occurrences));
        let growth = new.chars().count() - old.chars().count().min(new.chars().count());
        check_length(
            value
                .char_len()
                .saturating_add(replaced.saturating_mul(growth)),
        )?;
    }
    string_value(text::replace(value.as_str(), old, new, count))
}

fn affix_match(
    receiver_value: Value,
    args: Args,
    method: &str,
    test: fn(&str, &str, Option<i64>, Option<i64>) -> bool,
) -> PyResult<Called> {
    let value = receiver(&receiver_value, method)?;
    args.reject_keywords(method)?;
    args.expect_count(method, 1, 3)?;
    let start = optional_index(args.positional.get(1))?;
    let end = optional_index(args.positional.get(2))?;
    let result = match &args.positional[0] {
        Value::Str(affix) => test(value.as_str(), affix.as_str(), start, end),
        Value::Tuple(options) => {
            let mut found = false;
            for option in options.items.iter() {
                match option {
                    Value::Str(affix) => {
                        if test(value.as_str(), affix.as_str(), start, end) {
                            found = true;
                            break;
                        }
                    }
                    other => {
                        return Err(Exc::type_error(format!(
                            "tuple for {method} must only contain str, not {}",
                            other.qualified_type_name()
                        )))
                    }
                }
            }
            found
        }
        other => {
            return Err(Exc::type_error(format!(
                "{method} first arg must be str or a tuple of str, not {}",
                other.qualified_type_name()
            )))
        }
    };
    Ok(Called::Value(Value::Bool(result)))
}

fn startswith(
    _vm: &mut Vm,
    receiver_value: Value,
    args: Args,
    _requester: &Requester,
) -> PyResult<Called> {
    affix_match(receiver_value, args, "startswith", text::startswith)
}

fn endswith(
    _vm: &mut Vm,
    receiver_value: Value,
    args: Args,
    _requester: &Requester,
) -> PyResult<Called> {
    affix_match(receiver_value, args, "endswith", text::endswith)
}

/// The shared arguments of find/index/count: needle, start, end.
fn search_arguments<'a>(
    args: &'a Args,
    method: &str,
) -> PyResult<(&'a str, Option<i64>, Option<i64>)> {
    args.reject_keywords(method)?;
    args.expect_count(method, 1, 3)?;
    let needle = match &args.positional[0] {
        Value::Str(needle) => needle.as_str(),
        other => {
            return Err(Exc::type_error(format!(
                "must be str, not {}",
                other.qualified_type_name()
            )))
        }
    };
    Ok((
        needle,
        optional_index(args.positional.get(1))?,
        optional_index(args.positional.get(2))?,
    ))
}

fn find_with(
    receiver_value: Value,
    args: Args,
    method: &str,
    search: fn(&str, &str, Option<i64>, Option<i64>) -> Option<usize>,
    raise: bool,
) -> PyResult<Called> {
    let value = receiver(&receiver_value, method)?;
    let (needle, start, end) = search_arguments(&args, method)?;
    match search(value.as_str(), needle, start, end) {
        Some(position) => Ok(Called::Value(Value::Int(position as i64))),
        None if raise => Err(Exc::value_error("substring not found")),
        None => Ok(Called::Value(Value::Int(-1))),
    }
}

fn find(
    _vm: &mut Vm,
    receiver_value: Value,
    args: Args,
    _requester: &Requester,
) -> PyResult<Called> {
    find_with(receiver_value, args, "find", text::find, false)
}

fn rfind(
    _vm: &mut Vm,
    receiver_value: Value,
    args: Args,
    _requester: &Requester,
) -> PyResult<Called> {
    find_with(receiver_value, args, "rfind", text::rfind, false)
}

fn index(
    _vm: &mut Vm,
    receiver_value: Value,
    args: Args,
    _requester: &Requester,
) -> PyResult<Called> {
    find_with(receiver_value, args, "index", text::find, true)
}

fn rindex(
    _vm: &mut Vm,
    receiver_value: Value,
    args: Args,
    _requester: &Requester,
) -> PyResult<Called> {
    find_with(receiver_value, args, "rindex", text::rfind, true)
}

fn count(
    _vm: &mut Vm,
    receiver_value: Value,
    args: Args,
    _requester: &Requester,
) -> PyResult<Called> {
    let value = receiver(&receiver_value, "count")?;
    let (needle, start, end) = search_arguments(&args, "count")?;
    Ok(Called::Value(Value::Int(
        text::count(value.as_str(), needle, start, end) as i64,
    )))
}

fn format(
    vm: &mut Vm,
    receiver_value: Value,
    args: Args,
    requester: &Requester,
) -> PyResult<Called> {
    let template = receiver(&receiver_value, "format")?;
    vm.str_format(template.as_str(), args, requester)
}

fn justify(
    receiver_value: Value,
    args: Args,
    method: &str,
    layout: fn(&str, i64, char) -> String,
) -> PyResult<Called> {
    let value = receiver(&receiver_value, method)?;
    args.reject_keywords(method)?;
    args.expect_count(method, 1, 2)?;
    let width = int_argument(&args.positional[0])?;
    check_length(usize::try_from(width).unwrap_or(0))?;
    let fill = match args.positional.get(1) {
        None => ' ',
        Some(Value::Str(fill)) if fill.char_len() == 1 => {
            fill.as_str().chars().next().unwrap_or(' ')
        }
        Some(Value::Str(_)) => {
            return Err(Exc::type_error(
                "The fill character must be exactly one character long",
            ))
        }
        Some(other) => {
            return Err(Exc::type_error(format!(
                "{method}() argument 2 must be str, not {}",
                other.qualified_type_name()
            )))
        }
    };
    string_value(layout(value.as_str(), width, fill))
}

fn center(
    _vm: &mut Vm,
    receiver_value: Value,
    args: Args,
    _requester: &Requester,
) -> PyResult<Called> {
    justify(receiver_value, args, "center", text::center)
}

fn ljust(
    _vm: &mut Vm,
    receiver_value: Value,
    args: Args,
    _requester: &Requester,
) -> PyResult<Called> {
    justify(receiver_value, args, "ljust", text::ljust)
}

fn rjust(
    _vm: &mut Vm,
    receiver_value: Value,
    args: Args,
    _requester: &Requester,
) -> PyResult<Called> {
    justify(receiver_value, args, "rjust", text::rjust)
}

fn zfill(
    _vm: &mut Vm,
    receiver_value: Value,
    args: Args,
    _requester: &Requester,
) -> PyResult<Called> {
    let value = receiver(&receiver_value, "zfill")?;
    args.expect_count("zfill", 1, 1)?;
    let width = int_argument(&args.positional[0])?;
    check_length(usize::try_from(width).unwrap_or(0))?;
    string_value(text::zfill(value.as_str(), width))
}

fn expandtabs(
    _vm: &mut Vm,
    receiver_value: Value,
    mut args: Args,
    _requester: &Requester,
) -> PyResult<Called> {
    let value = receiver(&receiver_value, "expandtabs")?;
    let tabsize_keyword = args.take_keyword("tabsize");
    let tabsize = match args.positional.first().cloned().or(tabsize_keyword) {
        None => 8,
        Some(size) => int_argument(&size)?,
    };
    check_length(expanded_length(value.as_str(), tabsize))?;
    string_value(text::expandtabs(value.as_str(), tabsize))
}

fn partition_with(
    vm: &mut Vm,
    receiver_value: Value,
    args: Args,
    method: &str,
    split: for<'a> fn(&'a str, &str) -> (&'a str, &'a str, &'a str),
) -> PyResult<Called> {
    let value = receiver(&receiver_value, method)?;
    args.expect_count(method, 1, 1)?;
    let separator = match &args.positional[0] {
        Value::Str(separator) => separator.as_str(),
        other => {
            return Err(Exc::type_error(format!(
                "must be str, not {}",
                other.qualified_type_name()
            )))
        }
    };
    if separator.is_empty() {
        return Err(Exc::value_error("empty separator"));
    }
    let (head, middle, tail) = split(value.as_str(), separator);
    let parts = vec![Value::str(head), Value::str(middle), Value::str(tail)];
    Ok(Called::Value(vm.new_tuple(parts)))
}

fn partition(
    vm: &mut Vm,
    receiver_value: Value,
    args: Args,
    _requester: &Requester,
) -> PyResult<Called> {
    partition_with(vm, receiver_value, args, "partition", text::partition)
}

fn rpartition(
    vm: &mut Vm,
    receiver_value: Value,
    args: Args,
    _requester: &Requester,
) -> PyResult<Called> {
    partition_with(vm, receiver_value, args, "rpartition", text::rpartition)
}

fn removeprefix(
    _vm: &mut Vm,
    receiver_value: Value,
    args: Args,
    _requester: &Requester,
) -> PyResult<Called> {
    let value = receiver(&receiver_value, "removeprefix")?;
    args.expect_count("removeprefix", 1, 1)?;
    let prefix = str_argument(&args.positional[0], "removeprefix", 1)?;
    string_value(text::removeprefix(value.as_str(), prefix))
}

fn removesuffix(
    _vm: &mut Vm,
    receiver_value: Value,
    args: Args,
    _requester: &Requester,
) -> PyResult<Called> {
    let value = receiver(&receiver_value, "removesuffix")?;
    args.expect_count("removesuffix", 1, 1)?;
    let suffix = str_argument(&args.positional[0], "removesuffix", 1)?;
    string_value(text::removesuffix(value.as_str(), suffix))
}

/// The length of `text.expandtabs(tabsize)`, without building it.
fn expanded_length(text: &str, tabsize: i64) -> usize {
    let tabsize = usize::try_from(tabsize).unwrap_or(0);
    let (mut length, mut column) = (0usize, 0usize);
    for ch in text.chars() {
        match ch {
            '\t' if tabsize > 0 => {
                let spaces = tabsize - column % tabsize;
                length = length.saturating_add(spaces);
                column = column.saturating_add(spaces);
            }
            '\t' => {}
            '\n' | '\r' => {
                length += 1;
                column = 0;
            }
            _ => {
                length += 1;
                column += 1;
            }
        }
    }
    length
}
