import evaluate
from evaluate.utils import launch_gradio_widget

module = evaluate.load("verusft/verus_pass_rate")
launch_gradio_widget(module)
