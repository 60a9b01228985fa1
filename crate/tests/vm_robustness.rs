//! No program may make the VM panic, hang or overflow its stack: random
//! programs from a small grammar that stresses generators, mutated corpus
//! programs, and hand-written extremes (deep nesting, huge sizes, runaway
//! recursion through generators and callbacks) all run under a step
//! budget on a thread with a 1 MB stack, the default for WebAssembly.
//!
//! A stack overflow aborts the whole test process, so each test writes the
//! program it is about to run to `vm_robustness_<test>.py` in Cargo's
//! temporary folder for the test target: after an abort, that file holds
//! the culprit.

use std::fs::File;
use std::io::{Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use yieldscope::run::{run_source, RunOptions, RunOutcome, BUDGET_EXIT_CODE};

const STACK_SIZE: usize = 1 << 20;
const STEP_BUDGET: u64 = 50_000;
/// Far beyond what any case needs under its step budget: reaching it
/// means some native loop does not charge steps.
const CASE_TIMEOUT: Duration = Duration::from_secs(30);

/// Runs `source` on a small-stack thread; panics, naming the program, if
/// the VM panics or the run outlives [`CASE_TIMEOUT`].
fn run_guarded(test: &str, source: &str, options: RunOptions) -> RunOutcome {
    record(test, source);
    let (sender, receiver) = mpsc::channel();
    let program = source.to_owned();
    thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(move || {
            let outcome = std::panic::catch_unwind(|| run_source(&program, "program.py", &options));
            let _ = sender.send(outcome);
        })
        .expect("spawn a thread for the program");
    match receiver.recv_timeout(CASE_TIMEOUT) {
        Ok(Ok(outcome)) => outcome,
        Ok(Err(_)) => panic!("the VM panicked on this program:\n{source}"),
        Err(_) => panic!("the VM ran past {CASE_TIMEOUT:?} on this program:\n{source}"),
    }
}

thread_local! {
    /// The record file of each test (tests run on threads of their own).
    static RECORD: std::cell::RefCell<Option<File>> = const { std::cell::RefCell::new(None) };
}

/// Writes the program about to run over the test's record file, kept open
/// because creating a file per program would dominate the run time.
fn record(test: &str, source: &str) {
    RECORD.with(|record| {
        let mut record = record.borrow_mut();
        let file = record.get_or_insert_with(|| {
            let path =
                Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("vm_robustness_{test}.py"));
            File::create(path).expect("create the record file")
        });
        file.set_len(0)
            .and_then(|()| file.seek(SeekFrom::Start(0)))
            .and_then(|_| file.write_all(source.as_bytes()))
            .expect("record the program about to run");
    });
}

fn budgeted(steps: u64) -> RunOptions {
    RunOptions {
        max_steps: steps,
        ..RunOptions::default()
    }
}

fn last_line(text: &str) -> &str {
    text.lines()
        .rev()
        .find(|line| !line.trim().is_empty())
        .unwrap_or("")
}

/// The error a program ended with, or `""`.
fn failure(outcome: &RunOutcome) -> &str {
    if outcome.exit_code == 0 {
        ""
    } else {
        last_line(&outcome.stderr)
    }
}

fn corpus_programs() -> Vec<(PathBuf, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/corpus");
    let mut found = Vec::new();
    let mut folders = vec![root];
    while let Some(folder) = folders.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|extension| extension == "py") {
                if let Ok(source) = std::fs::read_to_string(&path) {
                    found.push((path, source));
                }
            }
        }
    }
    found.sort();
    found
}

/// SplitMix64: small, seedable and the same everywhere.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, bound: usize) -> usize {
        (self.next() % bound as u64) as usize
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick<'a>(&mut self, choices: &[&'a str]) -> &'a str {
        choices[self.below(choices.len())]
    }
}

mod grammar {
    //! Random programs built from templates: generator functions with
    //! loops, `try`/`finally`, `yield from` and early returns, iterator
    //! classes, and driver code that pokes at them with `next`, `send`,
    //! `throw`, `close`, built-ins, itertools and comprehensions.

    use super::Random;

    const EXCEPTIONS: &[&str] = &[
        "ValueError",
        "KeyError",
        "TypeError",
        "StopIteration",
        "RuntimeError",
        "ZeroDivisionError",
        "GeneratorExit",
        "IndexError",
    ];

    pub struct Program {
        random: Random,
        out: String,
        generators: Vec<String>,
        functions: Vec<String>,
        classes: Vec<String>,
        /// Names bound at module level so far.
        globals: Vec<String>,
    }

    impl Program {
        pub fn generate(seed: u64) -> String {
            let mut program = Program {
                random: Random(seed),
                out: String::new(),
                generators: Vec::new(),
                functions: Vec::new(),
                classes: Vec::new(),
                globals: Vec::new(),
            };
            program.write_program();
            program.out
        }

        fn line(&mut self, indent: usize, text: &str) {
            for _ in 0..indent {
                self.out.push_str("    ");
            }
            self.out.push_str(text);
            self.out.push('\n');
        }

        fn write_program(&mut self) {
            if self.random.chance(60) {
                self.line(0, "import itertools");
                self.line(
                    0,
                    "from itertools import chain, count, islice, repeat, cycle, takewhile, dropwhile, accumulate, zip_longest",
                );
            }
            let definitions = 1 + self.random.below(4);
            for index in 0..definitions {
                match self.random.below(10) {
                    0..=5 => self.write_generator(index),
                    6..=7 => self.write_function(index),
                    _ => self.write_class(index),
                }
            }
            let statements = 3 + self.random.below(10);
            for _ in 0..statements {
                // Mostly guarded, so that one error does not end the run.
                if self.random.chance(85) {
                    self.line(0, "try:");
                    self.write_driver_statement(1, 2);
                    self.line(0, "except BaseException as error:");
                    self.line(1, "print('uncaught', type(error).__name__)");
                } else {
                    self.write_driver_statement(0, 2);
                }
            }
        }

        fn write_generator(&mut self, index: usize) {
            let name = format!("gen{index}");
            self.line(0, &format!("def {name}(n, depth=0):"));
            self.write_generator_body(1, 3, &["n", "depth"]);
            self.generators.push(name);
        }

        fn write_generator_body(&mut self, indent: usize, budget: usize, locals: &[&str]) {
            let statements = 1 + self.random.below(4);
            for _ in 0..statements {
                self.write_generator_statement(indent, budget, locals);
            }
        }

        fn write_generator_statement(&mut self, indent: usize, budget: usize, locals: &[&str]) {
            let choice = if budget == 0 {
                self.random.below(5)
            } else {
                self.random.below(16)
            };
            match choice {
                0 => {
                    let value = self.expression(2, locals);
                    self.line(indent, &format!("yield {value}"));
                }
                1 => {
                    let value = self.expression(1, locals);
                    self.line(indent, &format!("received = yield {value}"));
                    self.line(indent, "print('received', received)");
                }
                2 => {
                    let source = self.iterable(locals);
                    self.line(indent, &format!("result = yield from {source}"));
                    self.line(indent, "print('delegate returned', result)");
                }
                3 => {
                    let value = self.expression(1, locals);
                    self.line(indent, &format!("print({value})"));
                }
                4 => {
                    let value = self.expression(1, locals);
                    let keyword = self.random.pick(&["return", "return", "raise ValueError"]);
                    if keyword == "return" {
                        self.line(indent, &format!("if n > 3: return {value}"));
                    } else {
                        self.line(indent, &format!("if n > 3: {keyword}({value})"));
                    }
                }
                5 | 6 => {
                    let source = self.iterable(locals);
                    self.line(indent, &format!("for item in {source}:"));
                    let mut inner = locals.to_vec();
                    inner.push("item");
                    self.write_generator_body(indent + 1, budget - 1, &inner);
                    if self.random.chance(30) {
                        let exit = self.random.pick(&["break", "continue", "return item"]);
                        self.line(indent + 1, &format!("if item == 2: {exit}"));
                    }
                }
                7 | 8 => {
                    self.line(indent, "try:");
                    self.write_generator_body(indent + 1, budget - 1, locals);
                    if self.random.chance(70) {
                        let caught = self.random.pick(EXCEPTIONS);
                        self.line(indent, &format!("except {caught} as error:"));
                        self.line(indent + 1, "print('caught', type(error).__name__)");
                        if self.random.chance(40) {
                            self.write_generator_body(indent + 1, budget - 1, locals);
                        }
                        if self.random.chance(20) {
                            self.line(indent + 1, "raise");
                        }
                    }
                    self.line(indent, "finally:");
                    self.line(indent + 1, "print('finally', n)");
                    if self.random.chance(30) {
                        self.write_generator_body(indent + 1, budget - 1, locals);
                    }
                }
                9 => {
                    self.line(indent, "while n < 6:");
                    self.line(indent + 1, "n += 1");
                    self.write_generator_body(indent + 1, budget - 1, locals);
                }
                10 => {
                    // Recursion through generators, bounded or not.
                    let generator = self.any_generator();
                    let limit = self.random.pick(&["3", "50", "2000", "n + 1"]);
                    self.line(
                        indent,
                        &format!("if depth < {limit}: yield from {generator}(n, depth + 1)"),
                    );
                }
                11 => {
                    let source = self.iterable(locals);
                    let element = self.expression(1, &["item"]);
                    let shape = self.random.pick(&["[{}]", "({})", "{{{}}}", "sum({})"]);
                    let comprehension = format!("{element} for item in {source}");
                    let shaped = shape.replace("{}", &comprehension);
                    self.line(indent, &format!("yield {shaped}"));
                }
                12 => {
                    self.line(indent, "def inner(x=n):");
                    self.line(indent + 1, "nonlocal n");
                    self.line(indent + 1, "n += 1");
                    self.line(indent + 1, "return x + n");
                    self.line(indent, "yield inner()");
                }
                13 => {
                    let exception = self.random.pick(EXCEPTIONS);
                    self.line(indent, &format!("if n == depth: raise {exception}('boom')"));
                }
                14 => {
                    let value = self.expression(1, locals);
                    self.line(
                        indent,
                        &format!("n = {value} if isinstance({value}, int) else n"),
                    );
                }
                _ => {
                    let generator = self.any_generator();
                    self.line(indent, &format!("sub = {generator}(n + 1, depth + 1)"));
                    self.line(indent, "yield next(sub, 'empty')");
                    let action = self.generator_action("sub");
                    self.line(indent, &format!("try: print({action})"));
                    self.line(
                        indent,
                        "except BaseException as error: print('sub', type(error).__name__)",
                    );
                }
            }
        }

        fn write_function(&mut self, index: usize) {
            let name = format!("function{index}");
            self.line(0, &format!("def {name}(n, *rest, **options):"));
            match self.random.below(5) {
                0 => {
                    let limit = self.random.pick(&["5", "100", "5000"]);
                    self.line(1, &format!("if n > {limit}: return n"));
                    let combine = self.random.pick(&[
                        "return {}(n + 1) + 1",
                        "return list(map({}, [n + 1]))",
                        "return sorted([n, n + 1], key={})",
                        "return [x for x in map({}, [n + 1])]",
                        "return sum({}(n + 1) for _ in range(1))",
                        "return max([n + 1], key={})",
                        "return list(filter({}, [n + 1]))",
                    ]);
                    self.line(1, &combine.replace("{}", &name));
                }
                1 => {
                    let value = self.expression(2, &["n", "rest", "options"]);
                    self.line(1, &format!("return {value}"));
                }
                2 => {
                    self.line(1, "total = 0");
                    let source = self.iterable(&["n", "rest"]);
                    self.line(1, &format!("for value in {source}:"));
                    self.line(2, "total += value if isinstance(value, int) else 1");
                    self.line(1, "return total");
                }
                3 => {
                    self.line(1, "try:");
                    let value = self.expression(2, &["n", "rest"]);
                    self.line(2, &format!("return {value}"));
                    self.line(1, "finally:");
                    let exit = self
                        .random
                        .pick(&["print('cleanup')", "return 'overridden'"]);
                    self.line(2, exit);
                }
                _ => {
                    self.line(1, "cells = [lambda: n + i for i in range(3)]");
                    self.line(1, "return [cell() for cell in cells]");
                }
            }
            self.functions.push(name);
        }

        fn write_class(&mut self, index: usize) {
            let name = format!("Class{index}");
            self.line(0, &format!("class {name}:"));
            self.line(1, "limit = 4");
            self.line(1, "def __init__(self, n=0, depth=0):");
            self.line(2, "self.n = n");
            self.line(2, "self.items = []");
            match self.random.below(4) {
                0 => {
                    self.line(1, "def __iter__(self):");
                    self.line(2, "return self");
                    self.line(1, "def __next__(self):");
                    self.line(2, "self.n += 1");
                    self.line(2, "if self.n > self.limit: raise StopIteration(self.n)");
                    self.line(2, "return self.n");
                    if self.random.chance(50) {
                        self.line(1, "def send(self, value):");
                        self.line(2, "print('custom send', value)");
                        self.line(2, "return self.__next__()");
                        self.line(1, "def throw(self, error):");
                        self.line(2, "print('custom throw', type(error).__name__)");
                        self.line(2, "raise error");
                        self.line(1, "def close(self):");
                        self.line(2, "print('custom close')");
                    }
                }
                1 => {
                    self.line(1, "def __iter__(self):");
                    self.line(2, "for index in range(self.limit):");
                    self.line(3, "yield index * self.n");
                    self.line(1, "def __len__(self):");
                    self.line(2, "return self.limit");
                }
                2 => {
                    self.line(1, "def __getitem__(self, index):");
                    self.line(2, "if index >= self.limit: raise IndexError(index)");
                    self.line(2, "return [index, self.n]");
                    self.line(1, "def __repr__(self):");
                    self.line(2, "return f'{type(self).__name__}({self.n!r})'");
                }
                _ => {
                    self.line(1, "def __iter__(self):");
                    self.line(2, "return iter(self.items)");
                    self.line(1, "def __bool__(self):");
                    self.line(2, "return self.n % 2 == 0");
                    self.line(1, "def __str__(self):");
                    self.line(2, "return str(self.items)");
                    self.line(1, "def __contains__(self, item):");
                    self.line(2, "return item in self.items");
                }
            }
            if self.random.chance(30) && !self.classes.is_empty() {
                let base = self.classes[self.random.below(self.classes.len())].clone();
                self.line(0, &format!("class Derived{index}({base}):"));
                self.line(1, "def __init__(self, n=0, depth=0):");
                self.line(2, "super().__init__(n + 1)");
                self.classes.push(format!("Derived{index}"));
            }
            self.classes.push(name);
        }

        fn any_generator(&mut self) -> String {
            if self.generators.is_empty() || self.random.chance(10) {
                "iter".to_owned()
            } else {
                self.generators[self.random.below(self.generators.len())].clone()
            }
        }

        fn generator_action(&mut self, target: &str) -> String {
            let value = self.random.pick(&["None", "1", "'x'", "[1, 2]"]);
            let exception = self.random.pick(EXCEPTIONS);
            match self.random.below(6) {
                0 => format!("next({target})"),
                1 => format!("{target}.send({value})"),
                2 => format!("{target}.throw({exception}('thrown'))"),
                3 => format!("{target}.close()"),
                4 => format!("next({target}, 'default')"),
                _ => format!("{target}.throw({exception})"),
            }
        }

        /// An expression that is (usually) iterable.
        fn iterable(&mut self, locals: &[&str]) -> String {
            let generator = self.any_generator();
            match self.random.below(16) {
                0 => "range(n % 5)".to_owned(),
                1 => "[1, 2, 3]".to_owned(),
                2 => "'abc'".to_owned(),
                3 => format!("{generator}(n + 1)"),
                4 => format!("{generator}(n + 1, depth + 1)"),
                5 => "(x * 2 for x in range(4))".to_owned(),
                6 => "{'a': 1, 'b': 2}".to_owned(),
                7 => "islice(count(n), 3)".to_owned(),
                8 => "chain([1], (2, 3), 'de')".to_owned(),
                9 => "zip(range(3), 'xyz')".to_owned(),
                10 => "map(lambda v: v * 2, range(3))".to_owned(),
                11 => "sorted({3, 1, 2}, reverse=True)".to_owned(),
                12 => {
                    if self.classes.is_empty() {
                        "enumerate('ab')".to_owned()
                    } else {
                        let class = self.classes[self.random.below(self.classes.len())].clone();
                        format!("{class}(n)")
                    }
                }
                13 => "takewhile(lambda v: v < 3, count())".to_owned(),
                14 if !locals.is_empty() => locals[self.random.below(locals.len())].to_owned(),
                _ => "reversed([4, 5, 6])".to_owned(),
            }
        }

        fn expression(&mut self, depth: usize, locals: &[&str]) -> String {
            if depth == 0 {
                return self.atom(locals);
            }
            match self.random.below(14) {
                0 | 1 => self.atom(locals),
                2 => {
                    let operator = self.random.pick(&[
                        "+", "-", "*", "//", "%", "**", "<", "==", "!=", "and", "or", "in", "is",
                        "&", "|", "^", "<<", ">>", "/",
                    ]);
                    let left = self.expression(depth - 1, locals);
                    let right = self.expression(depth - 1, locals);
                    format!("({left} {operator} {right})")
                }
                3 => {
                    let items: Vec<String> = (0..self.random.below(4))
                        .map(|_| self.expression(depth - 1, locals))
                        .collect();
                    let joined = items.join(", ");
                    match self.random.below(4) {
                        0 => format!("[{joined}]"),
                        1 if items.is_empty() => "()".to_owned(),
                        1 => format!("({joined},)"),
                        2 if !items.is_empty() => format!("{{{joined}}}"),
                        _ => {
                            let pairs: Vec<String> = items
                                .iter()
                                .enumerate()
                                .map(|(key, item)| format!("{key}: {item}"))
                                .collect();
                            format!("{{{}}}", pairs.join(", "))
                        }
                    }
                }
                4 => {
                    let function = self.random.pick(&[
                        "len",
                        "list",
                        "tuple",
                        "sum",
                        "sorted",
                        "min",
                        "max",
                        "any",
                        "all",
                        "str",
                        "repr",
                        "set",
                        "enumerate",
                        "reversed",
                        "iter",
                        "next",
                        "abs",
                        "bool",
                        "int",
                        "hash",
                        "dict",
                        "zip",
                        "frozenset",
                        "type",
                    ]);
                    let argument = self.expression(depth - 1, locals);
                    format!("{function}({argument})")
                }
                5 => {
                    let source = self.iterable(locals);
                    let element = self.expression(depth - 1, &["v"]);
                    let condition = self.random.pick(&["", " if v", " if not v", " if v != 1"]);
                    match self.random.below(4) {
                        0 => format!("[{element} for v in {source}{condition}]"),
                        1 => format!("list({element} for v in {source}{condition})"),
                        2 => format!("{{v: {element} for v in {source}{condition}}}"),
                        _ => format!("{{{element} for v in {source}{condition}}}"),
                    }
                }
                6 => {
                    let target = self.expression(depth - 1, locals);
                    let index = self
                        .random
                        .pick(&["0", "-1", "1:", "::-1", "::2", "'a'", "5"]);
                    format!("{target}[{index}]")
                }
                7 => {
                    let condition = self.expression(depth - 1, locals);
                    let then = self.expression(depth - 1, locals);
                    let otherwise = self.expression(depth - 1, locals);
                    format!("({then} if {condition} else {otherwise})")
                }
                8 => {
                    let receiver = self.expression(depth - 1, locals);
                    let method = self.random.pick(&[
                        "upper()",
                        "split()",
                        "append(1)",
                        "pop()",
                        "keys()",
                        "items()",
                        "index(1)",
                        "count(1)",
                        "join(['a', 'b'])",
                        "get(1, 2)",
                        "copy()",
                        "sort()",
                        "format(1, 2)",
                        "bit_length()",
                    ]);
                    format!("({receiver}).{method}")
                }
                9 => {
                    let function = if self.functions.is_empty() || self.random.chance(30) {
                        "len".to_owned()
                    } else {
                        self.functions[self.random.below(self.functions.len())].clone()
                    };
                    let argument = self.expression(depth - 1, locals);
                    format!("{function}({argument})")
                }
                10 => {
                    let source = self.iterable(locals);
                    let key = self.random.pick(&[
                        "key=lambda v: -v",
                        "key=str",
                        "default=0",
                        "key=len",
                        "reverse=True",
                    ]);
                    let function = self.random.pick(&["sorted", "min", "max"]);
                    format!("{function}({source}, {key})")
                }
                11 => {
                    // Strings inside use single quotes, which 3.11 does not
                    // allow inside a single-quoted f-string.
                    let value = self.atom(locals);
                    let spec = self
                        .random
                        .pick(&["", "!r", ":>8", ":08.3f", ":x", ":,", "!s:^5"]);
                    format!("f\"<{{ {value}{spec}}}>\"")
                }
                12 => {
                    let value = self.expression(depth - 1, locals);
                    format!("(walrus := {value})")
                }
                _ => {
                    let function = self.random.pick(&[
                        "islice",
                        "accumulate",
                        "chain",
                        "cycle",
                        "dropwhile",
                        "zip_longest",
                        "repeat",
                    ]);
                    let argument = self.iterable(locals);
                    let extra = match function {
                        "islice" => ", 2",
                        "dropwhile" => ", lambda v: v < 1",
                        "repeat" => ", 2",
                        _ => "",
                    };
                    let call = if function == "dropwhile" {
                        format!("dropwhile(lambda v: v == 0, {argument})")
                    } else {
                        format!("{function}({argument}{extra})")
                    };
                    format!("list(islice({call}, 6))")
                }
            }
        }

        fn atom(&mut self, locals: &[&str]) -> String {
            match self.random.below(12) {
                0 => self.random.below(10).to_string(),
                1 => self
                    .random
                    .pick(&[
                        "-1", "0", "2 ** 70", "10 ** 20", "-7", "True", "3.5", "1e308",
                    ])
                    .to_owned(),
                2 => self
                    .random
                    .pick(&["'a'", "''", "'héllo'", "'x' * 3", "'ü-ß'"])
                    .to_owned(),
                3 => "None".to_owned(),
                4..=7 if !locals.is_empty() => locals[self.random.below(locals.len())].to_owned(),
                8 if !self.globals.is_empty() => {
                    self.globals[self.random.below(self.globals.len())].clone()
                }
                9 => "[]".to_owned(),
                10 => "(1, 'two', [3])".to_owned(),
                _ => "{1: 'one'}".to_owned(),
            }
        }

        fn write_driver_statement(&mut self, indent: usize, budget: usize) {
            let choice = if budget == 0 {
                self.random.below(6)
            } else {
                self.random.below(12)
            };
            let globals: Vec<String> = self.globals.clone();
            let locals: Vec<&str> = globals.iter().map(String::as_str).collect();
            match choice {
                0 | 1 => {
                    let generator = self.any_generator();
                    let name = format!("g{}", self.globals.len());
                    let argument = self.random.below(5);
                    self.line(indent, &format!("{name} = {generator}({argument})"));
                    self.globals.push(name);
                }
                2 | 3 if !self.globals.is_empty() => {
                    let target = self.globals[self.random.below(self.globals.len())].clone();
                    let actions = 1 + self.random.below(4);
                    for _ in 0..actions {
                        let action = self.generator_action(&target);
                        self.line(indent, "try:");
                        self.line(indent + 1, &format!("print({action})"));
                        self.line(
                            indent,
                            "except BaseException as error: print(type(error).__name__, error)",
                        );
                    }
                }
                4 => {
                    let value = self.expression(3, &locals);
                    self.line(indent, "try:");
                    self.line(indent + 1, &format!("print({value})"));
                    self.line(
                        indent,
                        "except Exception as error: print(type(error).__name__, error)",
                    );
                }
                5 => {
                    let consumer = self.random.pick(&[
                        "list",
                        "sum",
                        "sorted",
                        "tuple",
                        "set",
                        "any",
                        "all",
                        "max",
                        "min",
                        "enumerate",
                        "dict.fromkeys",
                    ]);
                    let source = self.iterable(&locals);
                    self.line(indent, "try:");
                    self.line(indent + 1, &format!("print({consumer}({source}))"));
                    self.line(
                        indent,
                        "except Exception as error: print(type(error).__name__, error)",
                    );
                }
                6 => {
                    let source = self.iterable(&locals);
                    self.line(indent, &format!("for item in {source}:"));
                    self.write_driver_statement(indent + 1, budget - 1);
                    if self.random.chance(30) {
                        self.line(indent + 1, "break");
                    }
                }
                7 => {
                    self.write_deep_structure(indent);
                }
                8 if !self.globals.is_empty() => {
                    let target = self.globals[self.random.below(self.globals.len())].clone();
                    self.line(indent, &format!("del {target}"));
                    self.globals.retain(|name| *name != target);
                }
                9 => {
                    let value = self.expression(2, &locals);
                    let name = format!("v{}", self.globals.len());
                    self.line(indent, "try:");
                    self.line(indent + 1, &format!("{name} = {value}"));
                    self.line(indent, "except Exception:");
                    self.line(indent + 1, &format!("{name} = None"));
                    self.globals.push(name);
                }
                10 => {
                    self.line(indent, "try:");
                    self.write_driver_statement(indent + 1, budget - 1);
                    self.write_driver_statement(indent + 1, budget - 1);
                    self.line(indent, "finally:");
                    self.line(indent + 1, "print('driver finally')");
                }
                _ => {
                    let function = if self.functions.is_empty() {
                        "len".to_owned()
                    } else {
                        self.functions[self.random.below(self.functions.len())].clone()
                    };
                    let argument = self.random.below(4);
                    self.line(indent, "try:");
                    self.line(indent + 1, &format!("print({function}({argument}))"));
                    self.line(
                        indent,
                        "except Exception as error: print(type(error).__name__, error)",
                    );
                }
            }
        }

        /// Builds a deeply nested value, then prints, compares, hashes or
        /// drops it. (Values sharing parts exponentially take a second or
        /// so each to refuse, so they have a test of their own.)
        fn write_deep_structure(&mut self, indent: usize) {
            let depth = self.random.pick(&["10", "500", "990", "1500", "20000"]);
            let wrapper = self.random.pick(&[
                "[nested]",
                "(nested,)",
                "{'k': nested}",
                "[nested, 1]",
                "iter([nested])",
                "(x for x in [nested])",
                "lambda: nested",
                "{nested}",
                "{frozenset([nested])}",
                "slice(nested)",
                "map(abs, nested)",
                "chain(nested, [1])",
                "zip(nested)",
            ]);
            self.line(indent, "nested = []");
            self.line(indent, &format!("for _ in range({depth}):"));
            self.line(indent + 1, "try:");
            self.line(indent + 2, &format!("nested = {wrapper}"));
            self.line(indent + 1, "except Exception as error:");
            self.line(indent + 2, "print(type(error).__name__)");
            self.line(indent + 2, "break");
            let operation = self.random.pick(&[
                "print(nested)",
                "print(repr(nested)[:20])",
                "print(nested == nested)",
                "print(nested == [nested])",
                "print([nested] < [[nested]])",
                "print(hash(nested) != 0)",
                "print(str(nested)[:10])",
                "print(f'{nested}'[:10])",
                "print(nested in [[nested]])",
                "print(list(nested)[:1])",
                "print(next(nested))",
                "print(sorted([nested, nested]))",
                "del nested",
            ]);
            self.line(indent, "try:");
            self.line(indent + 1, operation);
            self.line(indent, "except Exception as error:");
            self.line(indent + 1, "print(type(error).__name__, str(error)[:60])");
            self.line(indent, "nested = None");
        }
    }
}

mod mutation {
    //! Small damage to real programs: lines deleted, duplicated or
    //! swapped; tokens deleted, duplicated, swapped or replaced by
    //! extreme values.

    use super::Random;

    const REPLACEMENTS: &[&str] = &[
        "0",
        "-1",
        "10 ** 12",
        "2 ** 64",
        "None",
        "[]",
        "''",
        "yield",
        "yield from",
        "(",
        ")",
        ":",
        "lambda:",
        "*",
        "**",
        "not",
        "return",
        "break",
        "g",
        "self",
        "next(g)",
        "x",
        "float('nan')",
        "\n    ",
    ];

    /// Words and single punctuation characters; enough to damage code
    /// in plausible ways.
    fn tokens(line: &str) -> Vec<(usize, usize)> {
        let mut spans = Vec::new();
        let bytes = line.as_bytes();
        let mut start = 0;
        while start < bytes.len() {
            let first = bytes[start];
            let mut end = start + 1;
            if first.is_ascii_alphanumeric() || first == b'_' {
                while end < bytes.len()
                    && (bytes[end].is_ascii_alphanumeric() || bytes[end] == b'_')
                {
                    end += 1;
                }
            } else if first.is_ascii_whitespace() || !first.is_ascii() {
                start += 1;
                continue;
            }
            spans.push((start, end));
            start = end;
        }
        spans
    }

    pub fn mutate(source: &str, random: &mut Random) -> String {
        let mut lines: Vec<String> = source.lines().map(str::to_owned).collect();
        if lines.is_empty() {
            return source.to_owned();
        }
        let mutations = 1 + random.below(3);
        for _ in 0..mutations {
            let line = random.below(lines.len());
            match random.below(8) {
                0 => {
                    lines.remove(line);
                    if lines.is_empty() {
                        break;
                    }
                }
                1 => {
                    let copy = lines[line].clone();
                    lines.insert(line, copy);
                }
                2 => {
                    let other = random.below(lines.len());
                    lines.swap(line, other);
                }
                kind => {
                    let spans = tokens(&lines[line]);
                    if spans.is_empty() {
                        continue;
                    }
                    let (start, end) = spans[random.below(spans.len())];
                    let text = &lines[line];
                    let token = text[start..end].to_owned();
                    let replacement = match kind {
                        3 => String::new(),
                        4 => format!("{token} {token}"),
                        5 => {
                            let (other_start, other_end) = spans[random.below(spans.len())];
                            text[other_start..other_end].to_owned()
                        }
                        _ => random.pick(REPLACEMENTS).to_owned(),
                    };
                    lines[line] = format!("{}{}{}", &text[..start], replacement, &text[end..]);
                }
            }
        }
        let mut mutated = lines.join("\n");
        mutated.push('\n');
        mutated
    }
}

#[test]
fn generated_programs_run_safely() {
    for seed in 0..1000u64 {
        let source = grammar::Program::generate(seed);
        let outcome = run_guarded("generated", &source, budgeted(STEP_BUDGET));
        assert!(
            outcome.exit_code == 0
                || outcome.exit_code == 1
                || outcome.exit_code == BUDGET_EXIT_CODE,
            "unexpected exit {} for:\n{source}",
            outcome.exit_code
        );
    }
}

#[test]
fn mutated_corpus_programs_run_safely() {
    let programs = corpus_programs();
    assert!(!programs.is_empty(), "the corpus is missing");
    let mut random = Random(0x5eed);
    for round in 0..8 {
        for (_, source) in &programs {
            let mutated = mutation::mutate(source, &mut random);
            let outcome = run_guarded("mutated", &mutated, budgeted(STEP_BUDGET));
            assert!(
                matches!(outcome.exit_code, 0 | 1) || outcome.exit_code == BUDGET_EXIT_CODE,
                "round {round}: unexpected exit {} for:\n{mutated}",
                outcome.exit_code
            );
        }
    }
}

#[test]
fn corpus_programs_fit_a_small_stack() {
    for (path, source) in corpus_programs() {
        let outcome = run_guarded("corpus", &source, budgeted(200_000_000));
        assert_ne!(
            outcome.exit_code,
            BUDGET_EXIT_CODE,
            "{} ran out of steps",
            path.display()
        );
    }
}

/// Runs `source` and checks how it ended: `expected_stdout` exactly, and
/// the last line of stderr.
fn check(source: &str, expected_stdout: &str, expected_failure: &str) {
    let outcome = run_guarded("explicit", source, budgeted(5_000_000));
    assert_eq!(outcome.stdout, expected_stdout, "stdout of:\n{source}");
    assert_eq!(
        failure(&outcome),
        expected_failure,
        "how this ended:\n{source}\nstderr:\n{}",
        outcome.stderr
    );
}

#[test]
fn deeply_nested_containers_drop_without_recursion() {
    for wrapper in [
        "[x]",
        "(x,)",
        "{'k': x}",
        "{frozenset([1]): x}",
        "[x, 1, x]",
        "lambda: x",
        "iter([x])",
        "(y for y in [x])",
        "map(abs, x)",
        "slice(x)",
        "ValueError(x)",
        "zip(x)",
        "[].append",
    ] {
        let source = format!(
            "x = []\nfor i in range(100000):\n    x = {wrapper}\ndel x\nprint('dropped')\n"
        );
        check(&source, "dropped\n", "");
    }
}

#[test]
fn deeply_nested_objects_drop_without_recursion() {
    check(
        "class Node:\n    def __init__(self, child):\n        self.child = child\n\
         node = None\nfor i in range(100000):\n    node = Node(node)\nnode = None\nprint('ok')\n",
        "ok\n",
        "",
    );
    check(
        "def wrap(inner):\n    yield inner\n\
         g = None\nfor i in range(100000):\n    g = wrap(g)\ng = None\nprint('ok')\n",
        "ok\n",
        "",
    );
    check(
        "error = None\nfor i in range(100000):\n    try:\n        raise ValueError(i) from error\n    \
         except ValueError as caught:\n        error = caught\nprint(repr(error.__cause__.__cause__))\n\
         error = None\nprint('ok')\n",
        "ValueError(99997)\nok\n",
        "",
    );
    check(
        "def make(f):\n    return lambda: f\nf = None\nfor i in range(100000):\n    f = make(f)\n\
         f = None\nprint('ok')\n",
        "ok\n",
        "",
    );
}

#[test]
fn suspended_generators_in_a_dropped_list_finalise_last_first() {
    check(
        "def worker(name):\n    try:\n        yield name\n    finally:\n        print('closing', name)\n\
         def run():\n    items = [worker(1), worker(2), worker(3)]\n    for g in items:\n        next(g)\n\
         run()\nprint('after')\n",
        "closing 2\nclosing 1\nclosing 3\nafter\n",
        "",
    );
}

#[test]
fn deep_structures_raise_recursion_error_like_cpython() {
    let repr_message = "maximum recursion depth exceeded while getting the repr of an object";
    let comparison_message = "maximum recursion depth exceeded in comparison";
    for (operation, message) in [
        ("repr(x)", repr_message),
        ("str(x)", repr_message),
        ("f'{x}'", repr_message),
        ("'{}'.format(x)", repr_message),
        ("x == y", comparison_message),
        ("x < y", comparison_message),
        ("x in [y]", comparison_message),
        ("[y].index(x)", comparison_message),
        ("sorted([x, y])", comparison_message),
    ] {
        let source = format!(
            "x = []\ny = []\nfor i in range(100000):\n    x = [x]\n    y = [y]\n\
             try:\n    {operation}\nexcept RecursionError as error:\n    print(error)\n"
        );
        check(&source, &format!("{message}\n"), "");
    }
    check(
        "t = ()\nfor i in range(100000):\n    t = (t,)\nprint(hash(t) == hash(t))\n",
        "True\n",
        "",
    );
    check(
        "x = []\ny = []\nfor i in range(500):\n    x = [x]\n    y = [y]\nprint(len(repr(x)), x == y)\n",
        "1002 True\n",
        "",
    );
}

#[test]
fn raised_recursion_limits_stay_within_the_rust_stack() {
    let options = RunOptions {
        max_steps: 500_000,
        recursion_limit: 1_000_000,
    };
    for source in [
        "x = []\nfor i in range(100000):\n    x = [x]\nprint(repr(x)[:5])\n",
        "x = []\ny = []\nfor i in range(100000):\n    x = [x]\n    y = [y]\nprint(x == y)\n",
        "def f(n):\n    return f(n + 1)\nf(0)\n",
        "def g(n):\n    yield from g(n + 1)\nnext(g(0))\n",
        "it = iter([1])\nfor i in range(100000):\n    it = map(abs, it)\nprint(list(it))\n",
    ] {
        let outcome = run_guarded("limits", source, options.clone());
        assert!(
            matches!(outcome.exit_code, 0 | 1) || outcome.exit_code == BUDGET_EXIT_CODE,
            "{source}\n{outcome:?}"
        );
    }
}

/// CPython's message may go on (`... while calling a Python object`),
/// depending on which C-level check trips first.
#[test]
fn runaway_recursion_is_a_recursion_error() {
    let message = "RecursionError: maximum recursion depth exceeded";
    for source in [
        "def f(n):\n    return f(n + 1)\nf(0)\n",
        "def g(n):\n    yield from g(n + 1)\nnext(g(0))\n",
        "def g(n):\n    for x in g(n + 1):\n        yield x\nlist(g(0))\n",
        "def f(x):\n    return list(map(f, [x]))\nf(1)\n",
        "def f(x):\n    return sorted([x, x], key=f)\nf(1)\n",
        "def f(x):\n    return list(filter(f, [x]))\nf(1)\n",
        "def f(x):\n    return max([x], key=f)\nf(1)\n",
        "def f(x):\n    return sum(f(y) for y in [x])\nf(1)\n",
        "def f(x):\n    return [f(y) for y in [x]]\nf(1)\n",
        "class C:\n    def __repr__(self):\n        return repr(self)\nrepr(C())\n",
        "class C:\n    def __iter__(self):\n        return iter(C())\nlist(C())\n",
        "class C:\n    def __len__(self):\n        return len(self)\nlen(C())\n",
    ] {
        let outcome = run_guarded("recursion", source, budgeted(5_000_000));
        assert!(
            failure(&outcome).starts_with(message),
            "{source}\n{}",
            outcome.stderr
        );
    }
}

/// Iterators of iterators are driven by the run loop, not by Rust
/// recursion, however deep they nest (CPython's C recursion crashes on the
/// first of these).
#[test]
fn deeply_nested_iterators_run_without_recursion() {
    check(
        "it = iter([1])\nfor i in range(100000):\n    it = map(abs, it)\nprint(list(it))\n",
        "[1]\n",
        "",
    );
    check(
        "from itertools import chain, islice\nit = [1]\nfor i in range(100000):\n    \
         it = chain(it, [2])\nprint(list(islice(it, 3)))\n",
        "[1, 2, 2]\n",
        "",
    );
    check(
        "it = [3, 0, 5]\nfor i in range(100000):\n    it = filter(None, it)\nprint(list(it))\n",
        "[3, 5]\n",
        "",
    );
}

#[test]
fn huge_sizes_are_memory_errors() {
    for expression in [
        "[0] * 10**10",
        "'a' * 10**12",
        "(1, 2) * 10**11",
        "2 ** 10**9",
        "1 << 10**10",
        "'ab' * 2**62",
        "[None] * 2**61",
    ] {
        let source = format!("x = {expression}\n");
        let outcome = run_guarded("huge", &source, budgeted(1_000));
        assert!(
            failure(&outcome) == "MemoryError"
                || failure(&outcome)
                    == "OverflowError: cannot fit 'int' into an index-sized integer",
            "{expression}: {}",
            outcome.stderr
        );
    }
}

#[test]
fn endless_consumers_stop_at_the_step_budget() {
    for source in [
        "from itertools import count\nlist(count())\n",
        "def g():\n    n = 0\n    while True:\n        yield n\n        n += 1\nlist(g())\n",
        "def g():\n    while True:\n        yield 1\nsum(g())\n",
        "from itertools import cycle\nsorted(cycle([1, 2]))\n",
        "from itertools import repeat\nmax(repeat(1))\n",
        "from itertools import count\nany(x < 0 for x in count())\n",
        "from itertools import count\nset(map(abs, count()))\n",
        "from itertools import count\nprint(-1 in count())\n",
        "from itertools import count\ndict(zip(count(), count()))\n",
        "while True:\n    pass\n",
        "def g():\n    try:\n        yield\n    finally:\n        while True:\n            pass\n\
         x = g()\nnext(x)\ndel x\n",
    ] {
        let outcome = run_guarded("endless", source, budgeted(100_000));
        assert_eq!(
            outcome.exit_code, BUDGET_EXIT_CODE,
            "{source}\n{}",
            outcome.stderr
        );
    }
}

#[test]
fn a_generator_resuming_itself_is_already_executing() {
    let message = "ValueError: generator already executing";
    for resume in [
        "next(me)",
        "me.send(None)",
        "me.throw(KeyError)",
        "me.close()",
    ] {
        let source = format!("def g():\n    yield {resume}\nme = g()\nnext(me)\n");
        check(&source, "", message);
    }
    check(
        "def g():\n    yield list(me)\nme = g()\nnext(me)\n",
        "",
        message,
    );
}

#[test]
fn exponentially_shared_structures_are_refused() {
    check(
        "x = []\ny = []\nfor i in range(100):\n    x = [x, x]\n    y = [y, y]\n\
         for attempt in (lambda: x == y, lambda: repr(x)):\n    try:\n        attempt()\n    \
         except MemoryError:\n        print('MemoryError')\n",
        "MemoryError\nMemoryError\n",
        "",
    );
}

#[test]
fn cyclic_structures_print_with_ellipses() {
    check(
        "a = []\na.append(a)\na.append(a)\nprint(a, a == a)\nd = {}\nd['d'] = d\nprint(d)\n",
        "[[...], [...]] True\n{'d': {...}}\n",
        "",
    );
}
