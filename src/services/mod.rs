//! Services with no Yew in them.

pub mod browser;
pub mod catalogs;
pub mod inpage;
pub mod link;
pub mod mime;
pub mod route;
pub mod socket;
pub mod worker;
