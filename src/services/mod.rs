//! Services with no Yew in them.

pub mod socket;
