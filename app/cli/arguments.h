#pragma once
// A small, strict option parser: "--name value", "--name=value", repeatable options, and options
// that take several values ("--tx A B C" until the next option).
#include <map>
#include <set>
#include <string>
#include <vector>

namespace lj::cli {

struct ArgumentSpec {
    std::set<std::string> valueOptions; // take a value, may repeat
    std::set<std::string> multiValue;   // subset of valueOptions that swallow values until the next "--"
    std::set<std::string> flags;        // no value
};

struct Arguments {
    std::vector<std::string> positional;
    std::map<std::string, std::vector<std::string>> values;
    std::set<std::string> flags;
    std::string error; // non-empty when the command line is wrong

    bool has(const std::string& flag) const { return flags.count(flag) > 0; }
    const std::vector<std::string>& all(const std::string& option) const;
    std::string one(const std::string& option) const; // last value, or empty
};

Arguments parseArguments(const std::vector<std::string>& args, const ArgumentSpec& spec);

} // namespace lj::cli
