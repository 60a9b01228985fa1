//! A readable listing of compiled code, for `yieldscope disassemble` and
//! for tests that pin down what the compiler emits.

use std::fmt::Write;

use super::code::{CodeObject, Instruction};

pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    write_code(code, &mut out);
    out
}

fn write_code(code: &CodeObject, out: &mut String) {
    let _ = writeln!(
        out,
        "== {} ({:?}{}) ==",
        code.qualname,
        code.kind,
        if code.is_generator { ", generator" } else { "" }
    );
    if !code.local_names.is_empty() {
        let _ = writeln!(out, "locals: {}", join(&code.local_names));
    }
    if !code.cell_names.is_empty() {
        let _ = writeln!(out, "cells: {}", join(&code.cell_names));
    }
    if !code.free_names.is_empty() {
        let _ = writeln!(out, "frees: {}", join(&code.free_names));
    }
    let mut last_line = 0;
    for (index, instruction) in code.instructions.iter().enumerate() {
        let line = code.location(index).line;
        let line_column = if line != last_line {
            last_line = line;
            format!("{line:>4}")
        } else {
            "    ".to_owned()
        };
        let _ = writeln!(
            out,
            "{line_column} {index:>4} {}",
            describe(code, instruction)
        );
    }
    for child in &code.children {
        out.push('\n');
        write_code(child, out);
    }
}

fn join(names: &[std::rc::Rc<str>]) -> String {
    names.iter().map(|n| &**n).collect::<Vec<_>>().join(", ")
}

fn describe(code: &CodeObject, instruction: &Instruction) -> String {
    let name = |index: &u32| {
        code.names
            .get(*index as usize)
            .map_or("?".to_owned(), |n| n.to_string())
    };
    let local = |index: &u32| {
        code.local_names
            .get(*index as usize)
            .map_or("?".to_owned(), |n| n.to_string())
    };
    let cell = |index: &u32| {
        let index = *index as usize;
        code.cell_names
            .iter()
            .chain(&code.free_names)
            .nth(index)
            .map_or("?".to_owned(), |n| n.to_string())
    };
    match instruction {
        Instruction::LoadConst(i) => format!(
            "LoadConst {i} ({:?})",
            code.constants
                .get(*i as usize)
                .cloned()
                .unwrap_or(crate::runtime::Value::None)
        ),
        Instruction::LoadFast(i) | Instruction::StoreFast(i) | Instruction::DeleteFast(i) => {
            format!("{instruction:?} ({})", local(i))
        }
        Instruction::LoadDeref(i)
        | Instruction::StoreDeref(i)
        | Instruction::DeleteDeref(i)
        | Instruction::LoadClassDeref(i) => format!("{instruction:?} ({})", cell(i)),
        Instruction::LoadName(i)
        | Instruction::StoreName(i)
        | Instruction::DeleteName(i)
        | Instruction::LoadAttr(i)
        | Instruction::StoreAttr(i)
        | Instruction::DeleteAttr(i)
        | Instruction::LoadMethod(i)
        | Instruction::ImportName(i)
        | Instruction::ImportFrom(i) => format!("{instruction:?} ({})", name(i)),
        Instruction::MakeFunction { child, .. } => format!(
            "{instruction:?} ({})",
            code.children
                .get(*child as usize)
                .map_or("?".to_owned(), |c| c.qualname.to_string())
        ),
        other => format!("{other:?}"),
    }
}
