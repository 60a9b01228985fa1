//! Building trace events at the moments the VM reports them.

use crate::runtime::events::{Event, EventKind, Payload, Via, NO_FRAME, NO_PAYLOAD};
use crate::runtime::frame::{Frame, FrameId};
use crate::runtime::objects::GeneratorObj;
use crate::runtime::value::Value;
use crate::runtime::vm::{Origin, StackEntry, Vm};

impl Vm {
    /// The line the frame waiting on top of the stack is at.
    fn waiting_line(&self) -> u32 {
        self.stack
            .iter()
            .rev()
            .find_map(|entry| match entry {
                StackEntry::Python(frame) => Some(frame.current_line()),
                StackEntry::Native(_) => None,
            })
            .unwrap_or(0)
    }

    /// The frame waiting on top of the stack (a caller or a native routine).
    fn waiting_frame(&self) -> FrameId {
        match self.stack.last() {
            Some(StackEntry::Python(frame)) => frame.id,
            Some(StackEntry::Native(native)) => native.id,
            None => NO_FRAME,
        }
    }

    fn event(
        &mut self,
        kind: EventKind,
        frame: FrameId,
        from: FrameId,
        line: u32,
        via: Via,
        payload: Option<Payload>,
    ) {
        let event = Event {
            kind,
            via,
            implicit: false,
            line,
            frame,
            from,
            payload: NO_PAYLOAD,
        };
        let payload = if self.events.is_recording() {
            payload
        } else {
            None
        };
        self.record_event(event, payload);
    }

    fn value_payload(&self, value: &Value) -> Option<Payload> {
        if !self.events.is_recording() {
            return None;
        }
        Some(Payload {
            value: Some(self.summarize(value)),
            value_id: value.object_id(),
            ..Payload::default()
        })
    }

    pub(crate) fn emit_line(&mut self, frame: &Frame, line: u32) {
        self.event(EventKind::Line, frame.id, NO_FRAME, line, Via::None, None);
    }

    pub(crate) fn emit_call(&mut self, callee: &Frame) {
        let caller = self.waiting_frame();
        self.event(
            EventKind::Call,
            callee.id,
            caller,
            callee.code.first_line,
            Via::None,
            None,
        );
    }

    pub(crate) fn emit_return(&mut self, frame: &Frame, value: &Value) {
        let payload = self.value_payload(value);
        let to = self.waiting_frame();
        self.event(
            EventKind::Return,
            to,
            frame.id,
            frame.current_line(),
            Via::None,
            payload,
        );
    }

    pub(crate) fn emit_gen_create(&mut self, generator: &GeneratorObj) {
        let payload = self.events.is_recording().then(|| Payload {
            generator: Some(generator.id),
            ..Payload::default()
        });
        let frame = self.waiting_frame();
        let line = self.waiting_line();
        self.event(
            EventKind::GenCreate,
            frame,
            NO_FRAME,
            line,
            Via::None,
            payload,
        );
    }

    pub(crate) fn emit_resume(&mut self, generator: &GeneratorObj, frame: &Frame, via: Via) {
        // The value sent in sits on the resumed frame's stack.
        let mut payload = match (via, frame.stack.last()) {
            (Via::Send, Some(sent)) => self.value_payload(sent),
            (Via::YieldFrom, Some(sent)) if !sent.is_none() && frame.ip > 0 => {
                self.value_payload(sent)
            }
            _ => None,
        }
        .unwrap_or_default();
        payload.generator = Some(generator.id);
        let from = self.waiting_frame();
        let payload = self.events.is_recording().then_some(payload);
        self.event(
            EventKind::Resume,
            frame.id,
            from,
            frame.current_line(),
            via,
            payload,
        );
    }

    pub(crate) fn emit_yield(&mut self, generator: &GeneratorObj, frame: &Frame, value: &Value) {
        let mut payload = self.value_payload(value).unwrap_or_default();
        payload.generator = Some(generator.id);
        let to = self.waiting_frame();
        let payload = self.events.is_recording().then_some(payload);
        self.event(
            EventKind::Yield,
            to,
            frame.id,
            frame.current_line(),
            Via::None,
            payload,
        );
    }

    pub(crate) fn emit_gen_return(
        &mut self,
        generator: &GeneratorObj,
        frame: &Frame,
        value: &Value,
    ) {
        let mut payload = self.value_payload(value).unwrap_or_default();
        payload.generator = Some(generator.id);
        let to = self.waiting_frame();
        let payload = self.events.is_recording().then_some(payload);
        self.event(
            EventKind::GenReturn,
            to,
            frame.id,
            frame.current_line(),
            Via::None,
            payload,
        );
    }

    pub(crate) fn emit_raise(&mut self, frame: &Frame, exception: &Value, origin: Origin) {
        let payload = self.events.is_recording().then(|| Payload {
            text: Some(self.exception_line(exception)),
            value_id: exception.object_id(),
            ..Payload::default()
        });
        let via = match origin {
            Origin::Propagated => Via::Builtin,
            Origin::Continued => Via::Unhandled,
            Origin::Raised | Origin::Reraised => Via::None,
        };
        self.event(
            EventKind::Raise,
            frame.id,
            NO_FRAME,
            frame.current_line(),
            via,
            payload,
        );
    }

    pub(crate) fn emit_except(&mut self, frame: &Frame, exception: &Value) {
        let payload = self.events.is_recording().then(|| Payload {
            text: Some(self.exception_line(exception)),
            value_id: exception.object_id(),
            ..Payload::default()
        });
        self.event(
            EventKind::Except,
            frame.id,
            NO_FRAME,
            frame.current_line(),
            Via::None,
            payload,
        );
    }

    pub(crate) fn emit_output(&mut self, text: &str) {
        let frame = self.waiting_frame();
        let line = self.waiting_line();
        let payload = self.events.is_recording().then(|| Payload {
            text: Some(text.to_owned()),
            ..Payload::default()
        });
        self.event(EventKind::Output, frame, NO_FRAME, line, Via::None, payload);
    }

    /// A `for` loop's hidden `iter()` or `next()`, shown only on request.
    fn implicit_event(&mut self, kind: EventKind, frame: FrameId, line: u32, value: &Value) {
        let payload = self.value_payload(value);
        let event = Event {
            kind,
            via: Via::For,
            implicit: true,
            line,
            frame,
            from: NO_FRAME,
            payload: NO_PAYLOAD,
        };
        self.record_event(event, payload);
    }

    pub(crate) fn emit_iter(&mut self, frame: &Frame, iterable: &Value) {
        self.implicit_event(EventKind::Iter, frame.id, frame.current_line(), iterable);
    }

    pub(crate) fn emit_implicit_next(&mut self, frame: &Frame, item: &Value) {
        self.implicit_event(EventKind::Next, frame.id, frame.current_line(), item);
    }

    /// An implicit `next()` answered for the `for` loop whose frame is
    /// parked on top of the stack.
    pub(crate) fn emit_implicit_next_parked(&mut self, item: &Value) {
        if let Some(StackEntry::Python(frame)) = self.stack.last() {
            let (id, line) = (frame.id, frame.current_line());
            self.implicit_event(EventKind::Next, id, line, item);
        }
    }
}
