//! The dispatch loop: executes one Python frame's bytecode until it needs
//! to hand control elsewhere (a call into a generator, a return, an
//! exception, a pause) and returns the VM's next activity.

use std::rc::Rc;

use crate::compiler::code::{FormatFlags, Instruction, MakeFunctionFlags};
use crate::runtime::builtins::types::ExcType;
use crate::runtime::calls::{Args, Called};
use crate::runtime::delivery::{Completion, Delivery, Outcome, Requester};
use crate::runtime::exceptions::Exc;
use crate::runtime::frame::{Block, Frame};
use crate::runtime::objects::{find_attribute, FunctionObj, IterState};
use crate::runtime::value::Value;
use crate::runtime::vm::{Activity, Origin, StackEntry, Vm};
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};

impl Vm {
    pub(crate) fn execute(&mut self, mut frame: Box<Frame>) -> Activity {
        // Every exit from an instruction that fails goes through here.
        macro_rules! attempt {
            ($result:expr) => {
                match $result {
                    Ok(value) => value,
                    Err(exc) => return self.raise_in(frame, exc),
                }
            };
        }
        // Carries on with whatever comes next without a round trip through
        // the run loop, unless the loop must look up (a pause, the budget,
        // a finaliser).
        macro_rules! switch_to {
            ($activity:expr) => {{
                let mut next = $activity;
                loop {
                    match next {
                        Activity::Run(running) => {
                            frame = running;
                            break;
                        }
                        _ if self.attention() => return next,
                        Activity::Deliver { outcome, requester } => {
                            next = self.deliver(outcome, requester)
                        }
                        Activity::Drive { native, input } => next = self.drive(native, input),
                        Activity::Unwind {
                            frame: unwinding,
                            exception,
                            origin,
                        } => next = self.unwind(unwinding, exception, origin),
                        Activity::Idle => return next,
                    }
                }
            }};
        }

        // An operation that parked `frame` on the stack and may have pushed
        // frames above it.
        macro_rules! resume_after {
            ($result:expr) => {
                match $result {
                    Ok(Called::Value(value)) => {
                        frame = self.pop_python();
                        frame.stack.push(value);
                    }
                    Ok(Called::Then(activity)) => switch_to!(activity),
                    Err(exc) => {
                        frame = self.pop_python();
                        return self.raise_in(frame, exc);
                    }
                }
            };
        }
        loop {
            if self.attention() {
                return Activity::Run(frame);
            }
            let instruction = frame.code.instructions[frame.ip];
            frame.ip += 1;
            match instruction {
                Instruction::Nop => {}
                Instruction::Line(line) => {
                    if !self.charge_step() {
                        frame.ip -= 1;
                        return Activity::Run(frame);
                    }
                    frame.line = line;
                    if self.events.is_on() {
                        self.emit_line(&frame, line);
                    }
                }
                Instruction::LoadConst(index) => {
                    frame
                        .stack
                        .push(frame.code.constants[index as usize].clone());
                }
                Instruction::LoadFast(index) => match &frame.locals[index as usize] {
                    Some(value) => {
                        let value = value.clone();
                        frame.stack.push(value);
                    }
                    None => {
                        let name = frame.code.local_names[index as usize].clone();
                        attempt!(Err(unbound_local(&name)))
                    }
                },
                Instruction::StoreFast(index) => {
                    let value = pop(&mut frame);
                    let _old = frame.locals[index as usize].replace(value);
                }
                Instruction::DeleteFast(index) => {
                    if frame.locals[index as usize].take().is_none() {
                        let name = frame.code.local_names[index as usize].clone();
                        attempt!(Err(unbound_local(&name)))
                    }
                }
                Instruction::LoadDeref(index) => {
                    let value = frame.cells[index as usize].value.borrow().clone();
                    match value {
                        Some(value) => frame.stack.push(value),
                        None => {
                            let exc = self.unbound_cell(&frame, index as usize);
                            attempt!(Err(exc))
                        }
                    }
                }
                Instruction::StoreDeref(index) => {
                    let value = pop(&mut frame);
                    let old = frame.cells[index as usize]
                        .value
                        .borrow_mut()
                        .replace(value);
                    drop(old);
                }
                Instruction::DeleteDeref(index) => {
                    let old = frame.cells[index as usize].value.borrow_mut().take();
                    if old.is_none() {
                        let exc = self.unbound_cell(&frame, index as usize);
                        attempt!(Err(exc))
                    }
                }
                Instruction::LoadClassDeref(index) => {
                    let name = frame
                        .code
                        .cell_names
                        .iter()
                        .chain(&frame.code.free_names)
                        .nth(index as usize)
                        .cloned();
                    let from_namespace = match (&frame.namespace, &name) {
                        (Some(namespace), Some(name)) => {
                            attempt!(self.dict_get(namespace, &Value::str(name)))
                        }
                        _ => None,
                    };
                    let value = match from_namespace {
                        Some(value) => Some(value),
                        None => frame.cells[index as usize].value.borrow().clone(),
                    };
                    match value {
                        Some(value) => frame.stack.push(value),
                        None => {
                            let exc = self.unbound_cell(&frame, index as usize);
                            attempt!(Err(exc))
                        }
                    }
                }
                Instruction::LoadGlobal(slot) => match self.load_global(slot) {
                    Some(value) => frame.stack.push(value),
                    None => {
                        let name = self.program.global_names[slot as usize].clone();
                        let exc = self.name_error(&name, &frame);
                        attempt!(Err(exc))
                    }
                },
                Instruction::StoreGlobal(slot) => {
                    let value = pop(&mut frame);
                    self.store_global(slot, value);
                }
                Instruction::DeleteGlobal(slot) => {
                    if self.delete_global(slot).is_none() {
                        let name = self.program.global_names[slot as usize].clone();
                        let exc = self.name_error(&name, &frame);
                        attempt!(Err(exc))
                    }
                }
                Instruction::LoadName(index) => {
                    let name = frame.code.names[index as usize].clone();
                    let value = attempt!(self.load_class_body_name(&frame, &name));
                    frame.stack.push(value);
                }
                Instruction::StoreName(index) => {
                    let name = frame.code.names[index as usize].clone();
                    let value = pop(&mut frame);
                    let namespace = frame.namespace.clone();
                    match namespace {
                        Some(namespace) => {
                            attempt!(self.dict_set(&namespace, Value::str(&name), value))
                        }
                        None => {
                            if let Some(slot) = self.global_slot(&name) {
                                self.store_global(slot, value);
                            }
                        }
                    }
                }
                Instruction::DeleteName(index) => {
                    let name = frame.code.names[index as usize].clone();
                    let namespace = frame.namespace.clone();
                    let removed = match namespace {
                        Some(namespace) => {
                            attempt!(self.dict_remove(&namespace, &Value::str(&name))).is_some()
                        }
                        None => false,
                    };
                    if !removed {
                        let exc = self.name_error(&name, &frame);
                        attempt!(Err(exc))
                    }
                }
                Instruction::Pop => {
                    frame.stack.pop();
                }
                Instruction::Copy(depth) => {
                    let value = frame.stack[frame.stack.len() - depth as usize].clone();
                    frame.stack.push(value);
                }
                Instruction::Swap(depth) => {
                    let top = frame.stack.len() - 1;
                    frame.stack.swap(top, top + 1 - depth as usize);
                }
                Instruction::LoadAttr(index) => {
                    let name = frame.code.names[index as usize].clone();
                    let object = pop(&mut frame);
                    let value = attempt!(self.get_attribute(&object, &name));
                    frame.stack.push(value);
                }
                Instruction::StoreAttr(index) => {
                    let name = frame.code.names[index as usize].clone();
                    let object = pop(&mut frame);
                    let value = pop(&mut frame);
                    attempt!(self.set_attribute(&object, &name, value));
                }
                Instruction::DeleteAttr(index) => {
                    let name = frame.code.names[index as usize].clone();
                    let object = pop(&mut frame);
                    attempt!(self.delete_attribute(&object, &name));
                }
                Instruction::LoadMethod(index) => {
                    let name = frame.code.names[index as usize].clone();
                    let object = pop(&mut frame);
                    let (callable, receiver) = attempt!(self.load_method(object, &name));
                    frame.stack.push(callable);
                    frame.stack.push(receiver);
                }
                Instruction::Call(argc) => {
                    let argc = argc as usize;
                    let callee_index = frame.stack.len() - argc - 1;
                    if let Value::Function(function) = &frame.stack[callee_index] {
                        let function = function.clone();
                        if let Some(new_frame) = self.try_fast_call(&mut frame, function, argc) {
                            switch_to!(self.enter_frame(frame, new_frame));
                            continue;
                        }
                    }
                    let positional: Vec<Value> = frame.stack.drain(callee_index + 1..).collect();
                    let callable = pop(&mut frame);
                    self.park(frame);
                    let result = self.call_value(callable, Args::positional(positional));
                    resume_after!(result);
                }
                Instruction::CallMethod(argc) => {
                    let argc = argc as usize;
                    let base = frame.stack.len() - argc - 2;
                    let has_receiver = !matches!(frame.stack[base + 1], Value::Null);
                    if has_receiver {
                        if let Value::Function(function) = &frame.stack[base] {
                            let function = function.clone();
                            if let Some(new_frame) =
                                self.try_fast_call(&mut frame, function, argc + 1)
                            {
                                switch_to!(self.enter_frame(frame, new_frame));
                                continue;
                            }
                        }
                    }
                    let mut positional: Vec<Value> = frame.stack.drain(base + 1..).collect();
                    if !has_receiver {
                        positional.remove(0);
                    }
                    let callable = pop(&mut frame);
                    self.park(frame);
                    let result = self.call_value(callable, Args::positional(positional));
                    resume_after!(result);
                }
                Instruction::CallKw { argc, names_const } => {
                    let names = match &frame.code.constants[names_const as usize] {
                        Value::Tuple(tuple) => tuple.clone(),
                        _ => unreachable!("CallKw names are a tuple constant"),
                    };
                    let argc = argc as usize;
                    let start = frame.stack.len() - argc;
                    let mut values: Vec<Value> = frame.stack.drain(start..).collect();
                    let keyword_values = values.split_off(argc - names.items.len());
                    let keywords = names
                        .items
                        .iter()
                        .zip(keyword_values)
                        .map(|(name, value)| (self.keyword_name(name), value))
                        .collect();
                    let callable = pop(&mut frame);
                    self.park(frame);
                    let result = self.call_value(
                        callable,
                        Args {
                            positional: values,
                            keywords,
                        },
                    );
                    resume_after!(result);
                }
                Instruction::CallEx { has_kwargs } => {
                    let kwargs = if has_kwargs {
                        Some(pop(&mut frame))
                    } else {
                        None
                    };
                    let positional = pop(&mut frame);
                    let callable = pop(&mut frame);
                    let args = attempt!(self.args_from_collections(&callable, positional, kwargs));
                    self.park(frame);
                    let result = self.call_value(callable, args);
                    resume_after!(result);
                }
                Instruction::BinarySubscr => {
                    let index = pop(&mut frame);
                    let container = pop(&mut frame);
                    if let Some(value) = attempt!(self.subscript_fast(&container, &index)) {
                        frame.stack.push(value);
                        continue;
                    }
                    self.park(frame);
                    let result = self.subscript(container, index);
                    resume_after!(result);
                }
                Instruction::StoreSubscr => {
                    let index = pop(&mut frame);
                    let container = pop(&mut frame);
                    let value = pop(&mut frame);
                    attempt!(self.store_subscript(&container, index, value));
                }
                Instruction::DeleteSubscr => {
                    let index = pop(&mut frame);
                    let container = pop(&mut frame);
                    attempt!(self.delete_subscript(&container, index));
                }
                Instruction::BuildSlice(count) => {
                    let step = if count == 3 {
                        pop(&mut frame)
                    } else {
                        Value::None
                    };
                    let stop = pop(&mut frame);
                    let start = pop(&mut frame);
                    let slice = self.new_slice(start, stop, step);
                    frame.stack.push(slice);
                }
                Instruction::Binary(op) | Instruction::Inplace(op) => {
                    let right = pop(&mut frame);
                    let left = pop(&mut frame);
                    let inplace = matches!(instruction, Instruction::Inplace(_));
                    let result = match (&left, &right, op) {
                        (Value::Int(a), Value::Int(b), BinOp::Add) => match a.checked_add(*b) {
                            Some(sum) => Value::Int(sum),
                            None => attempt!(self.binary_op(op, left, right, inplace)),
                        },
                        (Value::Int(a), Value::Int(b), BinOp::Sub) => match a.checked_sub(*b) {
                            Some(difference) => Value::Int(difference),
                            None => attempt!(self.binary_op(op, left, right, inplace)),
                        },
                        _ => attempt!(self.binary_op(op, left, right, inplace)),
                    };
                    frame.stack.push(result);
                }
                Instruction::Unary(op) => {
                    let operand = pop(&mut frame);
                    if op == UnaryOp::Not {
                        match self.truth_fast(&operand) {
                            Some(truth) => frame.stack.push(Value::Bool(!truth)),
                            None => {
                                frame.ip -= 1;
                                self.park(frame);
                                let result = self.call_truth(operand);
                                resume_after!(result);
                            }
                        }
                        continue;
                    }
                    let result = attempt!(self.unary_op(op, operand));
                    frame.stack.push(result);
                }
                Instruction::Compare(op) => {
                    let right = pop(&mut frame);
                    let left = pop(&mut frame);
                    let result = match (&left, &right) {
                        (Value::Int(a), Value::Int(b)) => match op {
                            CmpOp::Lt => Some(a < b),
                            CmpOp::LtE => Some(a <= b),
                            CmpOp::Gt => Some(a > b),
                            CmpOp::GtE => Some(a >= b),
                            CmpOp::Eq => Some(a == b),
                            CmpOp::NotEq => Some(a != b),
                            _ => None,
                        },
                        _ => None,
                    };
                    match result {
                        Some(result) => frame.stack.push(Value::Bool(result)),
                        None => {
                            self.park(frame);
                            let result = self.compare_op(op, left, right);
                            resume_after!(result);
                        }
                    }
                }
                Instruction::Jump(target) => frame.ip = target as usize,
                Instruction::PopJumpIfFalse(target) | Instruction::PopJumpIfTrue(target) => {
                    let jump_when = matches!(instruction, Instruction::PopJumpIfTrue(_));
                    let condition = pop(&mut frame);
                    match self.truth_fast(&condition) {
                        Some(truth) => {
                            if truth == jump_when {
                                frame.ip = target as usize;
                            }
                        }
                        None => {
                            // Ask `__bool__`/`__len__`, then run this jump
                            // again with the answer on the stack.
                            frame.ip -= 1;
                            self.park(frame);
                            let result = self.call_truth(condition);
                            resume_after!(result);
                        }
                    }
                }
                Instruction::GetIter => {
                    let iterable = pop(&mut frame);
                    if self.events.is_on() {
                        self.emit_iter(&frame, &iterable);
                    }
                    if matches!(iterable, Value::Generator(_) | Value::Iterator(_)) {
                        frame.stack.push(iterable);
                        continue;
                    }
                    self.park(frame);
                    let result = self.get_iter(iterable);
                    resume_after!(result);
                }
                Instruction::ForIter(target) => {
                    debug_assert!(
                        frame
                            .code
                            .loops_at(frame.ip)
                            .any(|held| held.slot as usize + 1 == frame.stack.len()),
                        "the loop table places this iterator where it is"
                    );
                    let iterator = frame
                        .stack
                        .last()
                        .expect("ForIter needs an iterator")
                        .clone();
                    if let Value::Iterator(iterator) = &iterator {
                        let mut state = iterator.state.borrow_mut();
                        match &mut *state {
                            IterState::Range {
                                next,
                                step,
                                remaining,
                                ..
                            } => {
                                if *remaining > 0 {
                                    let item = *next;
                                    *remaining -= 1;
                                    *next = next.wrapping_add(*step);
                                    drop(state);
                                    if self.events.is_on() {
                                        self.emit_implicit_next(&frame, &Value::Int(item));
                                    }
                                    frame.stack.push(Value::Int(item));
                                } else {
                                    drop(state);
                                    frame.stack.pop();
                                    frame.ip = target as usize;
                                }
                                continue;
                            }
                            IterState::List { list, index } => {
                                let item = list.items.borrow().get(*index).cloned();
                                match item {
                                    Some(item) => {
                                        *index += 1;
                                        drop(state);
                                        if self.events.is_on() {
                                            self.emit_implicit_next(&frame, &item);
                                        }
                                        frame.stack.push(item);
                                    }
                                    None => {
                                        *state = IterState::Exhausted {
                                            type_name: "list_iterator",
                                        };
                                        drop(state);
                                        frame.stack.pop();
                                        frame.ip = target as usize;
                                    }
                                }
                                continue;
                            }
                            _ => {}
                        }
                        drop(state);
                        // Other built-in iterators that answer without
                        // running Python code, without parking the frame.
                        match self.next_immediate(iterator) {
                            Some(Outcome::Item(item)) => {
                                if self.events.is_on() {
                                    self.emit_implicit_next(&frame, &item);
                                }
                                frame.stack.push(item);
                                continue;
                            }
                            Some(Outcome::Done(_)) => {
                                frame.stack.pop();
                                frame.ip = target as usize;
                                continue;
                            }
                            Some(Outcome::Error(exception)) => {
                                return Activity::Unwind {
                                    frame,
                                    exception,
                                    origin: Origin::Propagated,
                                }
                            }
                            Some(Outcome::Value(_)) | None => {}
                        }
                    }
                    self.park(frame);
                    switch_to!(self.iterate_pending(iterator, Requester::ForIter));
                }
                Instruction::BuildList(count) => {
                    let items = split_top(&mut frame, count);
                    let list = self.new_list(items);
                    frame.stack.push(list);
                }
                Instruction::BuildTuple(count) => {
                    let items = split_top(&mut frame, count);
                    let tuple = self.new_tuple(items);
                    frame.stack.push(tuple);
                }
                Instruction::BuildSet(count) => {
                    let items = split_top(&mut frame, count);
                    let set = attempt!(self.new_set_from(items));
                    frame.stack.push(set);
                }
                Instruction::BuildMap(count) => {
                    let items = split_top(&mut frame, count * 2);
                    let dict = attempt!(self.new_dict_from_pairs(items));
                    frame.stack.push(dict);
                }
                Instruction::BuildString(count) => {
                    let pieces = split_top(&mut frame, count);
                    let mut text = String::new();
                    for piece in &pieces {
                        if let Value::Str(s) = piece {
                            text.push_str(s.as_str());
                        }
                    }
                    frame.stack.push(Value::string(text));
                }
                Instruction::ListAppend(depth) => {
                    let value = pop(&mut frame);
                    if let Value::List(list) = &frame.stack[frame.stack.len() - depth as usize] {
                        list.items.borrow_mut().push(value);
                    }
                }
                Instruction::SetAdd(depth) => {
                    let value = pop(&mut frame);
                    let set = frame.stack[frame.stack.len() - depth as usize].clone();
                    attempt!(self.set_add(&set, value));
                }
                Instruction::MapAdd(depth) => {
                    let value = pop(&mut frame);
                    let key = pop(&mut frame);
                    if let Value::Dict(dict) =
                        frame.stack[frame.stack.len() - depth as usize].clone()
                    {
                        attempt!(self.dict_set(&dict, key, value));
                    }
                }
                Instruction::ListExtend(depth) => {
                    let iterable = pop(&mut frame);
                    let list = frame.stack[frame.stack.len() - depth as usize].clone();
                    self.park(frame);
                    switch_to!(self.extend_from_iterable(list, iterable));
                }
                Instruction::SetUpdate(depth) => {
                    let iterable = pop(&mut frame);
                    let set = frame.stack[frame.stack.len() - depth as usize].clone();
                    self.park(frame);
                    switch_to!(self.extend_from_iterable(set, iterable));
                }
                Instruction::DictUpdate(depth) | Instruction::DictMerge(depth) => {
                    let mapping = pop(&mut frame);
                    let target = frame.stack[frame.stack.len() - depth as usize].clone();
                    let merge = matches!(instruction, Instruction::DictMerge(_));
                    attempt!(self.dict_update_from(&target, &mapping, merge));
                }
                Instruction::ListToTuple => {
                    let list = pop(&mut frame);
                    if let Value::List(list) = list {
                        let items = std::mem::take(&mut *list.items.borrow_mut());
                        let tuple = self.new_tuple(items);
                        frame.stack.push(tuple);
                    }
                }
                Instruction::FormatValue(flags) => {
                    let spec = if flags & FormatFlags::HAS_SPEC != 0 {
                        Some(pop(&mut frame))
                    } else {
                        None
                    };
                    let value = pop(&mut frame);
                    let conversion = flags & FormatFlags::CONVERSION_MASK;
                    if let (Value::Str(_), 0 | FormatFlags::CONVERT_STR, None) =
                        (&value, conversion, &spec)
                    {
                        frame.stack.push(value);
                        continue;
                    }
                    self.park(frame);
                    let result = self.format_value(value, conversion, spec);
                    resume_after!(result);
                }
                Instruction::UnpackSequence(count) => {
                    let iterable = pop(&mut frame);
                    let items = match &iterable {
                        Value::Tuple(tuple) => Some(tuple.items.to_vec()),
                        Value::List(list) => Some(list.items.borrow().clone()),
                        _ => None,
                    };
                    match items {
                        Some(items) => {
                            attempt!(check_unpack_count(items.len(), count as usize, None));
                            frame.stack.extend(items.into_iter().rev());
                        }
                        None => {
                            self.park(frame);
                            switch_to!(self.unpack_iterable(iterable, count as usize, None));
                        }
                    }
                }
                Instruction::UnpackEx { before, after } => {
                    let iterable = pop(&mut frame);
                    self.park(frame);
                    switch_to!(self.unpack_iterable(
                        iterable,
                        before as usize,
                        Some(after as usize),
                    ));
                }
                Instruction::MakeFunction { child, flags } => {
                    let code = frame.code.children[child as usize].clone();
                    let kw_defaults = if flags & MakeFunctionFlags::KW_DEFAULTS != 0 {
                        match pop(&mut frame) {
                            Value::Dict(dict) => self.dict_string_items(&dict),
                            _ => Vec::new(),
                        }
                    } else {
                        Vec::new()
                    };
                    let defaults = if flags & MakeFunctionFlags::DEFAULTS != 0 {
                        match pop(&mut frame) {
                            Value::Tuple(tuple) => tuple.items.to_vec(),
                            _ => Vec::new(),
                        }
                    } else {
                        Vec::new()
                    };
                    let closure = code
                        .closure_sources
                        .iter()
                        .map(|&index| frame.cells[index as usize].clone())
                        .collect();
                    let id = self.alloc_id();
                    let function = FunctionObj {
                        id,
                        name: code.name.clone(),
                        qualname: code.qualname.clone(),
                        code,
                        defaults,
                        kw_defaults,
                        closure,
                        attrs: Default::default(),
                    };
                    frame.stack.push(Value::Function(Rc::new(function)));
                }
                Instruction::MakeClass(base_count) => {
                    let bases = split_top(&mut frame, base_count);
                    let name = pop(&mut frame);
                    let body = pop(&mut frame);
                    self.park(frame);
                    let result = self.start_class_body(body, name, bases);
                    resume_after!(result);
                }
                Instruction::ReturnValue => {
                    let value = pop(&mut frame);
                    switch_to!(self.finish_frame(frame, Completion::Return(value)));
                }
                Instruction::YieldValue { .. } => {
                    let value = pop(&mut frame);
                    switch_to!(self.finish_frame(frame, Completion::Yield(value)));
                }
                Instruction::Send(_) => {
                    let value = pop(&mut frame);
                    let delegate = frame.stack.last().expect("Send needs a delegate").clone();
                    self.park(frame);
                    switch_to!(self.send_to_delegate(delegate, value));
                }
                Instruction::GetYieldFromIter => {
                    let iterable = pop(&mut frame);
                    if matches!(iterable, Value::Generator(_)) {
                        frame.stack.push(iterable);
                        continue;
                    }
                    self.park(frame);
                    let result = self.get_iter(iterable);
                    resume_after!(result);
                }
                Instruction::SetupHandler(handler) => {
                    let depth = frame.stack.len() as u32;
                    frame.blocks.push(Block { handler, depth });
                }
                Instruction::PopBlock => {
                    frame.blocks.pop();
                }
                Instruction::PushExcInfo => {
                    let exception = pop(&mut frame);
                    let previous = frame
                        .handled
                        .replace(exception.clone())
                        .unwrap_or(Value::None);
                    frame.stack.push(previous);
                    frame.stack.push(exception);
                }
                Instruction::PopExcept => {
                    let previous = pop(&mut frame);
                    frame.handled = (!previous.is_none()).then_some(previous);
                }
                Instruction::CheckExcMatch => {
                    let class = pop(&mut frame);
                    let exception = frame.stack.last().expect("an exception to match").clone();
                    let matches = attempt!(self.exception_matches(&exception, &class));
                    if matches && self.events.is_on() {
                        self.emit_except(&frame, &exception);
                    }
                    frame.stack.push(Value::Bool(matches));
                }
                Instruction::Reraise => {
                    let exception = pop(&mut frame);
                    return Activity::Unwind {
                        frame,
                        exception,
                        origin: Origin::Continued,
                    };
                }
                Instruction::PopExceptReraise => {
                    let exception = pop(&mut frame);
                    let previous = pop(&mut frame);
                    frame.handled = (!previous.is_none()).then_some(previous);
                    return Activity::Unwind {
                        frame,
                        exception,
                        origin: Origin::Continued,
                    };
                }
                Instruction::Raise(count) => {
                    let cause = if count == 2 {
                        Some(pop(&mut frame))
                    } else {
                        None
                    };
                    let exception = if count >= 1 {
                        Some(pop(&mut frame))
                    } else {
                        None
                    };
                    match exception {
                        None => match self.currently_handled(&frame) {
                            Some(exception) => {
                                return Activity::Unwind {
                                    frame,
                                    exception,
                                    origin: Origin::Reraised,
                                }
                            }
                            None => {
                                attempt!(Err(Exc::runtime_error("No active exception to reraise")))
                            }
                        },
                        Some(exception) => {
                            let exception = attempt!(self.prepare_raise(exception, cause));
                            return Activity::Unwind {
                                frame,
                                exception,
                                origin: Origin::Raised,
                            };
                        }
                    }
                }
                Instruction::LoadException(kind) => {
                    let class = Value::Class(self.types.exception(kind));
                    frame.stack.push(class);
                }
                Instruction::InstantiateException => {
                    let value = pop(&mut frame);
                    if let Value::Class(class) = &value {
                        if class.is_exception() {
                            self.park(frame);
                            let result = self.call_value(value, Args::positional(Vec::new()));
                            resume_after!(result);
                            continue;
                        }
                    }
                    frame.stack.push(value);
                }
                Instruction::ImportName(index) => {
                    let name = frame.code.names[index as usize].clone();
                    let module = attempt!(self.import_module(&name));
                    frame.stack.push(module);
                }
                Instruction::ImportFrom(index) => {
                    let name = frame.code.names[index as usize].clone();
                    let module = frame.stack.last().expect("a module").clone();
                    let value = attempt!(self.import_from(&module, &name));
                    frame.stack.push(value);
                }
            }
        }
    }

    /// Moves the running frame onto the stack while an operation that may
    /// push frames above it runs.
    pub(crate) fn park(&mut self, frame: Box<Frame>) {
        self.stack.push(StackEntry::Python(frame));
    }

    /// Takes the Python frame on top of the stack to run it.
    pub(crate) fn pop_python(&mut self) -> Box<Frame> {
        match self.stack.pop() {
            Some(StackEntry::Python(frame)) => frame,
            _ => unreachable!("a Python frame is on top of the stack here"),
        }
    }

    /// Makes `callee` the running frame, with `caller` waiting below it.
    pub(crate) fn enter_frame(&mut self, caller: Box<Frame>, callee: Box<Frame>) -> Activity {
        self.park(caller);
        match self.push_frame(callee) {
            Ok(activity) => activity,
            Err(exc) => {
                let caller = self.pop_python();
                self.raise_in(caller, exc)
            }
        }
    }

    /// Calls a plain Python function whose arguments are exactly the `argc`
    /// values on top of the stack, without building an argument list.
    fn try_fast_call(
        &mut self,
        frame: &mut Frame,
        function: Rc<FunctionObj>,
        argc: usize,
    ) -> Option<Box<Frame>> {
        let code = &function.code;
        if code.is_generator
            || code.arg_count as usize != argc
            || code.kwonly_count != 0
            || code.has_varargs
            || code.has_varkeywords
            || !code.cell_names.is_empty()
        {
            return None;
        }
        let mut callee = self.new_frame(function.code.clone(), Delivery::call());
        let start = frame.stack.len() - argc;
        for (slot, value) in frame.stack.drain(start..).enumerate() {
            callee.locals[slot] = Some(value);
        }
        frame.stack.pop();
        callee.cells.extend(function.closure.iter().cloned());
        Some(callee)
    }

    fn keyword_name(&mut self, name: &Value) -> Rc<str> {
        match name {
            Value::Str(s) => s.as_str().into(),
            _ => "".into(),
        }
    }

    /// The exception a bare `raise` re-raises: the innermost one being
    /// handled by this frame or any frame below it.
    pub(crate) fn currently_handled(&self, frame: &Frame) -> Option<Value> {
        if let Some(handled) = &frame.handled {
            return Some(handled.clone());
        }
        self.stack.iter().rev().find_map(|entry| match entry {
            StackEntry::Python(frame) => frame.handled.clone(),
            StackEntry::Native(_) => None,
        })
    }

    fn load_class_body_name(&mut self, frame: &Frame, name: &Rc<str>) -> Result<Value, Exc> {
        if let Some(namespace) = &frame.namespace {
            if let Some(value) = self.dict_get(namespace, &Value::str(name))? {
                return Ok(value);
            }
        }
        if let Some(slot) = self.global_slot(name) {
            if let Some(value) = self.load_global(slot) {
                return Ok(value);
            }
        }
        Err(self.name_error(name, frame))
    }

    fn unbound_cell(&self, frame: &Frame, index: usize) -> Exc {
        let cells = frame.code.cell_names.len();
        let name = frame
            .code
            .cell_names
            .iter()
            .chain(&frame.code.free_names)
            .nth(index)
            .cloned()
            .unwrap_or_else(|| "?".into());
        if index < cells {
            unbound_local(&name)
        } else {
            Exc::name_error(format!(
                "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
            ))
        }
    }

    pub(crate) fn dict_string_items(
        &self,
        dict: &crate::runtime::objects::DictObj,
    ) -> Vec<(Rc<str>, Value)> {
        dict.table
            .borrow()
            .iter()
            .filter_map(|(key, value)| match key {
                Value::Str(s) => Some((Rc::from(s.as_str()), value.clone())),
                _ => None,
            })
            .collect()
    }

    pub(crate) fn class_attribute(&self, value: &Value, name: &str) -> Option<Value> {
        match value {
            Value::Instance(instance) => instance.class.lookup(name),
            Value::Class(class) => find_attribute(&class.attrs.borrow(), name),
            _ => None,
        }
    }
}

#[inline]
fn pop(frame: &mut Frame) -> Value {
    frame
        .stack
        .pop()
        .expect("the compiler balances the value stack")
}

fn split_top(frame: &mut Frame, count: u32) -> Vec<Value> {
    let start = frame.stack.len() - count as usize;
    frame.stack.split_off(start)
}

pub(crate) fn unbound_local(name: &str) -> Exc {
    Exc::new(
        ExcType::UnboundLocalError,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

/// CPython's messages for unpacking the wrong number of values.
pub(crate) fn check_unpack_count(
    got: usize,
    expected: usize,
    after: Option<usize>,
) -> Result<(), Exc> {
    match after {
        None if got > expected => Err(Exc::value_error(format!(
            "too many values to unpack (expected {expected})"
        ))),
        None if got < expected => Err(Exc::value_error(format!(
            "not enough values to unpack (expected {expected}, got {got})"
        ))),
        Some(after) if got < expected + after => Err(Exc::value_error(format!(
            "not enough values to unpack (expected at least {}, got {got})",
            expected + after
        ))),
        _ => Ok(()),
    }
}
