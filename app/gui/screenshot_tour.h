#pragma once
// `lianjian --screenshot DIR [FILE]`: renders every main view on FILE to PNG files in DIR at
// 1366×768 and 1920×1080, then quits — so that a reviewer can look at the workstation.
#include <QString>

namespace lj::gui {

class MainWindow;

// Runs the tour once the window's session is loaded; calls QApplication::exit(status) at the end.
void startScreenshotTour(MainWindow& window, const QString& directory);

} // namespace lj::gui
