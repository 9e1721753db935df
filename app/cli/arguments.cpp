#include "arguments.h"

#include "cli_text.h"

namespace lj::cli {

const std::vector<std::string>& Arguments::all(const std::string& option) const
{
    static const std::vector<std::string> none;
    const auto it = values.find(option);
    return it == values.end() ? none : it->second;
}

std::string Arguments::one(const std::string& option) const
{
    const auto& list = all(option);
    return list.empty() ? std::string() : list.back();
}

Arguments parseArguments(const std::vector<std::string>& args, const ArgumentSpec& spec)
{
    Arguments result;
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string arg = args[i];
        if (arg.rfind("--", 0) != 0 || arg == "--") {
            result.positional.push_back(arg);
            continue;
        }
        std::string inlineValue;
        bool hasInlineValue = false;
        if (const auto eq = arg.find('='); eq != std::string::npos) {
            inlineValue = arg.substr(eq + 1);
            arg = arg.substr(0, eq);
            hasInlineValue = true;
        }
        if (spec.flags.count(arg)) {
            if (hasInlineValue) result.error = CliText::optionTakesNoValue(arg);
            result.flags.insert(arg);
        } else if (spec.valueOptions.count(arg)) {
            auto& list = result.values[arg];
            if (hasInlineValue) {
                list.push_back(inlineValue);
            } else if (i + 1 < args.size() && args[i + 1].rfind("--", 0) != 0) {
                list.push_back(args[++i]);
                while (spec.multiValue.count(arg) && i + 1 < args.size() && args[i + 1].rfind("--", 0) != 0)
                    list.push_back(args[++i]);
            } else {
                result.error = CliText::optionNeedsValue(arg);
            }
        } else {
            result.error = CliText::unknownOption(arg);
        }
        if (!result.error.empty()) break;
    }
    return result;
}

} // namespace lj::cli
