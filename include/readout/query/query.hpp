#pragma once
/// \file
/// The query stage in one include: parser, syntax tree, engine, results and formatting.

#include "readout/query/ast.hpp"
#include "readout/query/engine.hpp"
#include "readout/query/format.hpp"
#include "readout/query/parser.hpp"
#include "readout/query/result.hpp"

