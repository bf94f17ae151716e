//! Services with no Yew in them.

pub mod browser;
pub mod catalogs;
pub mod link;
pub mod socket;
