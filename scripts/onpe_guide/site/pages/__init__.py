"""What each page of the site says: one function per page, taking a `Ctx`, returning Markdown."""
