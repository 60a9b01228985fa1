//! The tokens the lexer hands to the parser, mirroring CPython's tokenizer:
//! logical lines end in `Newline`, block structure is `Indent`/`Dedent`.

use super::ast::Span;
use super::error::CompileError;

#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub kind: TokenKind,
    pub span: Span,
    /// How many brackets are open after this token, as CPython counts
    /// them; some error messages only apply inside brackets.
    pub bracket_depth: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub enum TokenKind {
    /// An identifier, including soft keywords such as `match`.
    Name(String),
    Keyword(Keyword),
    /// The literal's source text; the parser converts it.
    Number(String),
    /// The literal's source text with prefix and quotes; the parser
    /// decodes it, since f-strings need the raw text and its positions.
    String(String),
    Op(Op),
    Newline,
    Indent,
    Dedent,
    EndMarker,
    /// Where tokenizing stopped with an error; always the last token.
    Error(Box<LexFailure>),
}

/// A tokenizer error, and whether CPython raises it eagerly.
///
/// CPython's tokenizer reports some errors itself as soon as it sees them
/// (bad literals, unmatched brackets); those win over any parser error,
/// because after a parse failure CPython tokenizes the rest of the file
/// looking for them. Others (indentation, end of file) only surface when
/// the parser asks for the token.
#[derive(Debug, Clone, PartialEq)]
pub struct LexFailure {
    pub error: CompileError,
    pub eager: bool,
    /// The innermost bracket still open where tokenizing stopped, with
    /// its line: CPython prefers "'(' was never closed" over a parser
    /// error found on a later line.
    pub open_bracket: Option<(char, Span)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Keyword {
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
}

impl Keyword {
    pub fn from_name(name: &str) -> Option<Keyword> {
        Some(match name {
            "False" => Keyword::False,
            "None" => Keyword::None,
            "True" => Keyword::True,
            "and" => Keyword::And,
            "as" => Keyword::As,
            "assert" => Keyword::Assert,
            "async" => Keyword::Async,
            "await" => Keyword::Await,
            "break" => Keyword::Break,
            "class" => Keyword::Class,
            "continue" => Keyword::Continue,
            "def" => Keyword::Def,
            "del" => Keyword::Del,
            "elif" => Keyword::Elif,
            "else" => Keyword::Else,
            "except" => Keyword::Except,
            "finally" => Keyword::Finally,
            "for" => Keyword::For,
            "from" => Keyword::From,
            "global" => Keyword::Global,
            "if" => Keyword::If,
            "import" => Keyword::Import,
            "in" => Keyword::In,
            "is" => Keyword::Is,
            "lambda" => Keyword::Lambda,
            "nonlocal" => Keyword::Nonlocal,
            "not" => Keyword::Not,
            "or" => Keyword::Or,
            "pass" => Keyword::Pass,
            "raise" => Keyword::Raise,
            "return" => Keyword::Return,
            "try" => Keyword::Try,
            "while" => Keyword::While,
            "with" => Keyword::With,
            "yield" => Keyword::Yield,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Keyword::False => "False",
            Keyword::None => "None",
            Keyword::True => "True",
            Keyword::And => "and",
            Keyword::As => "as",
            Keyword::Assert => "assert",
            Keyword::Async => "async",
            Keyword::Await => "await",
            Keyword::Break => "break",
            Keyword::Class => "class",
            Keyword::Continue => "continue",
            Keyword::Def => "def",
            Keyword::Del => "del",
            Keyword::Elif => "elif",
            Keyword::Else => "else",
            Keyword::Except => "except",
            Keyword::Finally => "finally",
            Keyword::For => "for",
            Keyword::From => "from",
            Keyword::Global => "global",
            Keyword::If => "if",
            Keyword::Import => "import",
            Keyword::In => "in",
            Keyword::Is => "is",
            Keyword::Lambda => "lambda",
            Keyword::Nonlocal => "nonlocal",
            Keyword::Not => "not",
            Keyword::Or => "or",
            Keyword::Pass => "pass",
            Keyword::Raise => "raise",
            Keyword::Return => "return",
            Keyword::Try => "try",
            Keyword::While => "while",
            Keyword::With => "with",
            Keyword::Yield => "yield",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Op {
    LeftParen,
    RightParen,
    LeftBracket,
    RightBracket,
    LeftBrace,
    RightBrace,
    Colon,
    Comma,
    Semicolon,
    Plus,
    Minus,
    Star,
    Slash,
    VerticalBar,
    Ampersand,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
    EqualEqual,
    NotEqual,
    LessEqual,
    GreaterEqual,
    Tilde,
    Circumflex,
    LeftShift,
    RightShift,
    DoubleStar,
    PlusEqual,
    MinusEqual,
    StarEqual,
    SlashEqual,
    PercentEqual,
    AmpersandEqual,
    VerticalBarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    DoubleSlash,
    DoubleSlashEqual,
    At,
    AtEqual,
    Arrow,
    Ellipsis,
    ColonEqual,
    /// `<>`, which CPython still tokenizes (as `!=`) only to reject.
    LessGreater,
    /// A character that starts no token (`$`, `?`, `!`, a backtick):
    /// CPython passes it to the parser, which reports invalid syntax.
    Unknown(char),
}

impl Op {
    pub fn as_str(self) -> &'static str {
        match self {
            Op::LeftParen => "(",
            Op::RightParen => ")",
            Op::LeftBracket => "[",
            Op::RightBracket => "]",
            Op::LeftBrace => "{",
            Op::RightBrace => "}",
            Op::Colon => ":",
            Op::Comma => ",",
            Op::Semicolon => ";",
            Op::Plus => "+",
            Op::Minus => "-",
            Op::Star => "*",
            Op::Slash => "/",
            Op::VerticalBar => "|",
            Op::Ampersand => "&",
            Op::Less => "<",
            Op::Greater => ">",
            Op::Equal => "=",
            Op::Dot => ".",
            Op::Percent => "%",
            Op::EqualEqual => "==",
            Op::NotEqual => "!=",
            Op::LessEqual => "<=",
            Op::GreaterEqual => ">=",
            Op::Tilde => "~",
            Op::Circumflex => "^",
            Op::LeftShift => "<<",
            Op::RightShift => ">>",
            Op::DoubleStar => "**",
            Op::PlusEqual => "+=",
            Op::MinusEqual => "-=",
            Op::StarEqual => "*=",
            Op::SlashEqual => "/=",
            Op::PercentEqual => "%=",
            Op::AmpersandEqual => "&=",
            Op::VerticalBarEqual => "|=",
            Op::CircumflexEqual => "^=",
            Op::LeftShiftEqual => "<<=",
            Op::RightShiftEqual => ">>=",
            Op::DoubleStarEqual => "**=",
            Op::DoubleSlash => "//",
            Op::DoubleSlashEqual => "//=",
            Op::At => "@",
            Op::AtEqual => "@=",
            Op::Arrow => "->",
            Op::Ellipsis => "...",
            Op::ColonEqual => ":=",
            Op::LessGreater => "<>",
            Op::Unknown(_) => "?",
        }
    }
}
