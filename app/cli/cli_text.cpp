#include "cli_text.h"

#include "i18n.h"

namespace lj::cli {

void CliText::setLanguage(const std::string& requested) { i18n::install(requested); }

std::string CliText::language() { return i18n::current(); }

std::string CliText::codeDescription(FindingCode code)
{
    switch (code) {
    case FindingCode::Line: return tr("malformed line (carriage return, blank line, invalid UTF-8, no final LF, or over 16 MiB)").toStdString();
    case FindingCode::Json: return tr("not a valid JSON object of a known line type").toStdString();
    case FindingCode::Version: return tr("unsupported format version").toStdString();
    case FindingCode::Suite: return tr("unknown algorithm suite").toStdString();
    case FindingCode::Header: return tr("invalid header").toStdString();
    case FindingCode::Sequence: return tr("block height out of sequence (a block is missing or repeated)").toStdString();
    case FindingCode::Prev: return tr("block does not link to the previous block (hash chain broken)").toStdString();
    case FindingCode::Time: return tr("block time goes backwards").toStdString();
    case FindingCode::TxCount: return tr("number of transactions differs from the block's tx_count").toStdString();
    case FindingCode::TxRoot: return tr("transactions do not match the block's Merkle root (altered, reordered or replaced)").toStdString();
    case FindingCode::BlockHash: return tr("commit does not match its block").toStdString();
    case FindingCode::UnknownValidator: return tr("signature by someone who is not a validator").toStdString();
    case FindingCode::Sig: return tr("invalid signature").toStdString();
    case FindingCode::Quorum: return tr("block is not signed by a quorum of validators").toStdString();
    case FindingCode::End: return tr("end line counts or last block hash do not match the file").toStdString();
    case FindingCode::Digest: return tr("whole-file digest does not match (the file was altered)").toStdString();
    case FindingCode::ExportSig: return tr("the exporter's signature is invalid").toStdString();
    case FindingCode::Truncated: return tr("the file is truncated (no end line)").toStdString();
    case FindingCode::Trailing: return tr("data after the end line").toStdString();
    case FindingCode::Untrusted: return tr("keys not in the trust store: origin unproven").toStdString();
    }
    return {};
}

std::string CliText::optionNeedsValue(const std::string& option)
{
    return tr("option %1 needs a value").arg(QString::fromStdString(option)).toStdString();
}

std::string CliText::optionTakesNoValue(const std::string& option)
{
    return tr("option %1 takes no value").arg(QString::fromStdString(option)).toStdString();
}

std::string CliText::unknownOption(const std::string& option)
{
    return tr("unknown option %1").arg(QString::fromStdString(option)).toStdString();
}

} // namespace lj::cli
