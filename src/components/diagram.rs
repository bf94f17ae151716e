//! Being written.

use yew::prelude::*;

/// Being written.
#[function_component(SequenceDiagram)]
pub fn placeholder() -> Html {
    html! {}
}
