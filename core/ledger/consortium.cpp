#include "ledger/consortium.h"

#include <set>

namespace lj {

namespace {

bool isIdChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
}

bool isValidId(std::string_view id, std::size_t maxLength)
{
    if (id.empty() || id.size() > maxLength) return false;
    for (char c : id)
        if (!isIdChar(c)) return false;
    return true;
}

} // namespace

bool isValidChainId(std::string_view id) { return isValidId(id, 64); }
bool isValidValidatorId(std::string_view id) { return isValidId(id, 32); }

const Validator* Consortium::findValidator(std::string_view id) const
{
    const int index = validatorIndex(id);
    return index < 0 ? nullptr : &validators[static_cast<std::size_t>(index)];
}

int Consortium::validatorIndex(std::string_view id) const
{
    for (std::size_t i = 0; i < validators.size(); ++i)
        if (validators[i].id == id) return static_cast<int>(i);
    return -1;
}

Result<Consortium> parseConsortium(const json::Value& object, bool* suiteError)
{
    if (suiteError) *suiteError = false;
    if (!object.isObject()) return fail("not a JSON object");
    Consortium result;

    const auto chain = object.getString("chain");
    if (!chain || !isValidChainId(*chain)) return fail("\"chain\" must match [a-z0-9._-]{1,64}");
    result.chain = *chain;
    if (const json::Value* name = object.find("chain_name")) {
        if (!name->isString()) return fail("\"chain_name\" must be a string");
        result.chainName = name->asString();
    }

    const auto suiteText = object.getString("suite");
    const auto suite = suiteText ? suiteFromName(*suiteText) : std::nullopt;
    if (!suite) {
        if (suiteError) *suiteError = true;
        return fail("unknown suite \"" + suiteText.value_or("") + "\"");
    }
    result.suite = *suite;

    const json::Value* validators = object.find("validators");
    if (!validators || !validators->isArray() || validators->asArray().empty())
        return fail("\"validators\" must be a non-empty array");
    std::set<std::string> seen;
    for (const json::Value& entry : validators->asArray()) {
        const auto id = entry.getString("id");
        const auto key = entry.getString("key");
        if (!id || !isValidValidatorId(*id)) return fail("a validator id does not match [a-z0-9._-]{1,32}");
        if (!seen.insert(*id).second) return fail("validator \"" + *id + "\" is listed twice");
        if (!key) return fail("validator \"" + *id + "\" has no key");
        auto parsed = PublicKey::fromSpkiBase64(result.suite, *key);
        if (!parsed) return fail("validator \"" + *id + "\": " + parsed.error());
        result.validators.push_back({*id, entry.getString("org").value_or(""), *key, std::move(parsed.value())});
    }

    const auto quorum = object.getInt("quorum");
    if (!quorum || *quorum < 1 || *quorum > static_cast<std::int64_t>(result.validators.size()))
        return fail("\"quorum\" must be between 1 and the number of validators");
    result.quorum = static_cast<int>(*quorum);
    return result;
}

} // namespace lj
