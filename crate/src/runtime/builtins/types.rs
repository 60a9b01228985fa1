//! The built-in types: which native representation a class stands for, and
//! the built-in exception hierarchy.

/// The native type a class is (for built-in classes) or derives its
/// instances' layout from (for user classes: `Object` or an exception).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BuiltinType {
    Object,
    Type,
    NoneType,
    Bool,
    Int,
    Float,
    Str,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    Method,
    Generator,
    Module,
    Super,
    Ellipsis,
    NotImplementedType,
    DictView,
    /// Every built-in iterator type (`list_iterator`, `map`, `count`, ...);
    /// the class name tells them apart.
    Iterator,
    Exception(ExcType),
}

impl BuiltinType {
    pub fn is_exception(self) -> bool {
        matches!(self, BuiltinType::Exception(_))
    }
}

macro_rules! exception_types {
    ($($variant:ident : $parent:expr),* $(,)?) => {
        /// Built-in exception classes, each with its parent.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum ExcType {
            $($variant),*
        }

        impl ExcType {
            pub const ALL: &'static [ExcType] = &[$(ExcType::$variant),*];

            pub fn name(self) -> &'static str {
                match self {
                    $(ExcType::$variant => stringify!($variant)),*
                }
            }

            pub fn parent(self) -> Option<ExcType> {
                match self {
                    $(ExcType::$variant => $parent),*
                }
            }
        }
    };
}

exception_types! {
    BaseException: None,
    SystemExit: Some(ExcType::BaseException),
    KeyboardInterrupt: Some(ExcType::BaseException),
    GeneratorExit: Some(ExcType::BaseException),
    Exception: Some(ExcType::BaseException),
    StopIteration: Some(ExcType::Exception),
    ArithmeticError: Some(ExcType::Exception),
    FloatingPointError: Some(ExcType::ArithmeticError),
    OverflowError: Some(ExcType::ArithmeticError),
    ZeroDivisionError: Some(ExcType::ArithmeticError),
    AssertionError: Some(ExcType::Exception),
    AttributeError: Some(ExcType::Exception),
    EOFError: Some(ExcType::Exception),
    ImportError: Some(ExcType::Exception),
    ModuleNotFoundError: Some(ExcType::ImportError),
    LookupError: Some(ExcType::Exception),
    IndexError: Some(ExcType::LookupError),
    KeyError: Some(ExcType::LookupError),
    MemoryError: Some(ExcType::Exception),
    NameError: Some(ExcType::Exception),
    UnboundLocalError: Some(ExcType::NameError),
    OSError: Some(ExcType::Exception),
    RuntimeError: Some(ExcType::Exception),
    NotImplementedError: Some(ExcType::RuntimeError),
    RecursionError: Some(ExcType::RuntimeError),
    SyntaxError: Some(ExcType::Exception),
    SystemError: Some(ExcType::Exception),
    IndentationError: Some(ExcType::SyntaxError),
    TabError: Some(ExcType::IndentationError),
    TypeError: Some(ExcType::Exception),
    ValueError: Some(ExcType::Exception),
    UnicodeError: Some(ExcType::ValueError),
}
