//! One code object under construction: its instructions with their source
//! locations, labels awaiting resolution, constants and names.

use std::collections::HashMap;
use std::rc::Rc;

use super::code::{CodeKind, CodeObject, Instruction, Location, LoopIterator};
use crate::runtime::Value;

/// A forward-referenceable jump target, resolved when the unit finishes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Label(u32);

/// Constants are deduplicated by value.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ConstantKey {
    None,
    Bool(bool),
    Int(String),
    Float(u64),
    Str(String),
    Ellipsis,
    Names(Vec<String>),
}

pub struct Unit {
    pub scope: usize,
    pub kind: CodeKind,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub first_line: u32,
    pub is_generator: bool,
    pub arg_count: u32,
    pub posonly_count: u32,
    pub kwonly_count: u32,
    pub has_varargs: bool,
    pub has_varkeywords: bool,
    pub instructions: Vec<Instruction>,
    pub locations: Vec<Location>,
    pub location: Location,
    constants: Vec<Value>,
    constant_index: HashMap<ConstantKey, u32>,
    pub names: Vec<Rc<str>>,
    name_index: HashMap<Rc<str>, u32>,
    pub local_names: Vec<Rc<str>>,
    local_index: HashMap<Rc<str>, u32>,
    pub cell_names: Vec<Rc<str>>,
    pub free_names: Vec<Rc<str>>,
    pub children: Vec<Rc<CodeObject>>,
    pub loops: Vec<LoopIterator>,
    /// Gaps (loop, gap) whose end is not yet known, innermost last.
    open_gaps: Vec<(usize, usize)>,
    labels: Vec<Option<u32>>,
}

impl Unit {
    pub fn new(scope: usize, kind: CodeKind, name: Rc<str>, qualname: Rc<str>, line: u32) -> Unit {
        Unit {
            scope,
            kind,
            name,
            qualname,
            first_line: line,
            is_generator: false,
            arg_count: 0,
            posonly_count: 0,
            kwonly_count: 0,
            has_varargs: false,
            has_varkeywords: false,
            instructions: Vec::new(),
            locations: Vec::new(),
            location: Location {
                line,
                col: 0,
                end_line: line,
                end_col: 0,
            },
            constants: Vec::new(),
            constant_index: HashMap::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            local_names: Vec::new(),
            local_index: HashMap::new(),
            cell_names: Vec::new(),
            free_names: Vec::new(),
            children: Vec::new(),
            loops: Vec::new(),
            open_gaps: Vec::new(),
            labels: Vec::new(),
        }
    }

    pub fn emit(&mut self, instruction: Instruction) -> usize {
        self.instructions.push(instruction);
        self.locations.push(self.location);
        self.instructions.len() - 1
    }

    /// Records a loop whose iterator was just pushed onto the stack at
    /// `slot`; its end is set by `end_loop`. Returns the loop's index.
    pub fn begin_loop(&mut self, slot: u32, line: u32, target: Rc<str>) -> u32 {
        let start = self.instructions.len() as u32;
        self.loops.push(LoopIterator {
            slot,
            line,
            target,
            start,
            end: u32::MAX,
            gaps: Vec::new(),
        });
        self.loops.len() as u32 - 1
    }

    pub fn end_loop(&mut self, index: u32) {
        self.loops[index as usize].end = self.instructions.len() as u32;
    }

    /// The loop's iterator has been popped on the way out of it: from the
    /// next instruction up to and including the jump or return that
    /// follows, which `close_gaps` marks.
    pub fn open_gap(&mut self, index: u32) {
        let from = self.instructions.len() as u32;
        let gaps = &mut self.loops[index as usize].gaps;
        gaps.push((from, u32::MAX));
        self.open_gaps.push((index as usize, gaps.len() - 1));
    }

    pub fn gap_mark(&self) -> usize {
        self.open_gaps.len()
    }

    /// Ends the gaps opened since `mark`: a `return` inside a `finally`
    /// body that another `return` runs must not end the outer one's gaps.
    pub fn close_gaps(&mut self, mark: usize) {
        let to = self.instructions.len() as u32;
        for (iterator, gap) in self.open_gaps.drain(mark..) {
            self.loops[iterator].gaps[gap].1 = to;
        }
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() as u32 - 1)
    }

    pub fn bind_label(&mut self, label: Label) {
        self.labels[label.0 as usize] = Some(self.instructions.len() as u32);
    }

    /// Emits a jump-like instruction whose target is `label`; `make` builds
    /// the instruction from the (not yet known) target.
    pub fn emit_jump(&mut self, make: fn(u32) -> Instruction, label: Label) {
        self.emit(make(label.0));
    }

    pub fn constant(&mut self, key: ConstantKey, value: Value) -> u32 {
        if let Some(&index) = self.constant_index.get(&key) {
            return index;
        }
        let index = self.constants.len() as u32;
        self.constants.push(value);
        self.constant_index.insert(key, index);
        index
    }

    pub fn name(&mut self, name: &Rc<str>) -> u32 {
        if let Some(&index) = self.name_index.get(name) {
            return index;
        }
        let index = self.names.len() as u32;
        self.names.push(name.clone());
        self.name_index.insert(name.clone(), index);
        index
    }

    pub fn add_local(&mut self, name: Rc<str>) -> u32 {
        if let Some(&index) = self.local_index.get(&name) {
            return index;
        }
        let index = self.local_names.len() as u32;
        self.local_names.push(name.clone());
        self.local_index.insert(name, index);
        index
    }

    pub fn cell_or_free(&self, name: &str) -> Option<u32> {
        if let Some(index) = self.cell_names.iter().position(|n| &**n == name) {
            return Some(index as u32);
        }
        self.free_names
            .iter()
            .position(|n| &**n == name)
            .map(|index| (self.cell_names.len() + index) as u32)
    }

    /// Resolves every label and produces the immutable code object.
    pub fn finish(mut self, filename: Rc<str>) -> CodeObject {
        let labels = std::mem::take(&mut self.labels);
        let resolve = |label: u32| labels[label as usize].expect("every label is bound");
        for instruction in &mut self.instructions {
            *instruction = match *instruction {
                Instruction::Jump(l) => Instruction::Jump(resolve(l)),
                Instruction::PopJumpIfFalse(l) => Instruction::PopJumpIfFalse(resolve(l)),
                Instruction::PopJumpIfTrue(l) => Instruction::PopJumpIfTrue(resolve(l)),
                Instruction::ForIter(l) => Instruction::ForIter(resolve(l)),
                Instruction::Send(l) => Instruction::Send(resolve(l)),
                Instruction::SetupHandler(l) => Instruction::SetupHandler(resolve(l)),
                other => other,
            };
        }
        let cell_parameters = self
            .cell_names
            .iter()
            .map(|cell| {
                let index = self.local_names.iter().position(|n| n == cell)?;
                ((index as u32) < self.parameter_count()).then_some(index as u32)
            })
            .collect();
        CodeObject {
            kind: self.kind,
            name: self.name,
            qualname: self.qualname,
            filename,
            first_line: self.first_line,
            is_generator: self.is_generator,
            arg_count: self.arg_count,
            posonly_count: self.posonly_count,
            kwonly_count: self.kwonly_count,
            has_varargs: self.has_varargs,
            has_varkeywords: self.has_varkeywords,
            local_names: self.local_names,
            cell_names: self.cell_names,
            cell_parameters,
            free_names: self.free_names,
            closure_sources: Vec::new(),
            names: self.names,
            constants: self.constants,
            children: self.children,
            instructions: self.instructions,
            locations: self.locations,
            loops: self.loops,
        }
    }

    fn parameter_count(&self) -> u32 {
        self.arg_count
            + self.kwonly_count
            + u32::from(self.has_varargs)
            + u32::from(self.has_varkeywords)
    }
}
