#pragma once
// DDL of the field-visit tables: one workspace migration (workspace_schema.cpp).
#include <string>

namespace lj {

// Observations, the photos they cite (bytes kept once per SHA-256), and the field reports
// exported from or imported into this workspace (imports are de-duplicated by report id).
const std::string& visitTablesDdl();

} // namespace lj
